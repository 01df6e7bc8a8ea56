import { Input } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useEffect, useRef } from "react";
import { FigureChips } from "./figure-chips.tsx";

/** A request to show a line of the template; `nonce` repeats a jump to the same line. */
export interface JumpRequest {
  readonly line: number;
  readonly nonce: number;
}

/** Text to insert where the cursor is (or over the selection); `nonce` repeats an insertion. */
export interface InsertRequest {
  readonly text: string;
  readonly nonce: number;
}

interface Props {
  readonly value: string;
  readonly readOnly: boolean;
  readonly jump: JumpRequest | undefined;
  readonly insertion?: InsertRequest | undefined;
  readonly onChange: (value: string) => void;
  /** What the text area is, for screen readers. */
  readonly label: string;
}

/**
 * The template in a monospace text area, its figures drawn as chips under the text; jumps select a line and scroll it into view; an
 * insertion (a figure from the picker) goes where the cursor was, and the cursor after it.
 */
export function TemplateEditor({ value, readOnly, jump, insertion, onChange, label }: Props) {
  const ref = useRef<TextAreaRef>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new insertion inserts
  useEffect(() => {
    const area = ref.current?.resizableTextArea?.textArea;
    if (!insertion || !area || readOnly) return;
    // The text area keeps its selection while the picker has the focus.
    const { selectionStart: start, selectionEnd: end, value: current } = area;
    onChange(current.slice(0, start) + insertion.text + current.slice(end));
    const caret = start + insertion.text.length;
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(caret, caret);
    });
  }, [insertion]);
  useEffect(() => {
    const area = ref.current?.resizableTextArea?.textArea;
    if (!jump || !area) return;
    const lines = area.value.split("\n");
    const start = lines.slice(0, jump.line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    const end = start + (lines[jump.line - 1]?.length ?? 0);
    // Measure wrapped lines: the height of the text before the line is where it starts.
    const full = area.value;
    area.value = full.slice(0, start);
    const top = area.scrollHeight;
    area.value = full;
    area.focus();
    area.setSelectionRange(start, end);
    area.scrollTop = Math.max(0, top - area.clientHeight / 3);
  }, [jump]);
  return (
    <div className="template-editor">
      <Input.TextArea
        ref={ref}
        data-testid="report-template"
        aria-label={label}
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        // Font, padding and wrapping are in styles.css (.template-editor), shared with the chips.
        style={{ height: "calc(100vh - 210px)", minHeight: 400 }}
      />
      {/* After the text area, so that it is in place when the chips measure it; drawn under it. */}
      <FigureChips text={value} area={ref} />
    </div>
  );
}
