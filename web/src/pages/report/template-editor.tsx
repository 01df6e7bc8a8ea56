import { Input } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useEffect, useRef } from "react";

/** A request to show a line of the template; `nonce` repeats a jump to the same line. */
export interface JumpRequest {
  readonly line: number;
  readonly nonce: number;
}

interface Props {
  readonly value: string;
  readonly readOnly: boolean;
  readonly jump: JumpRequest | undefined;
  readonly onChange: (value: string) => void;
  /** What the text area is, for screen readers. */
  readonly label: string;
}

const LINE_HEIGHT = 20;

/** The template in a monospace text area; jumps select a line and scroll it into view. */
export function TemplateEditor({ value, readOnly, jump, onChange, label }: Props) {
  const ref = useRef<TextAreaRef>(null);
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
    <Input.TextArea
      ref={ref}
      data-testid="report-template"
      aria-label={label}
      value={value}
      readOnly={readOnly}
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
      style={{
        // Monospace fonts with every precomposed Vietnamese letter; DejaVu Sans Mono (Linux's
        // default monospace) lacks "ế", "ổ"…, which then show with detached marks.
        fontFamily: "Consolas, Menlo, 'Liberation Mono', 'Courier New', monospace",
        fontSize: 13,
        lineHeight: `${LINE_HEIGHT}px`,
        height: "calc(100vh - 210px)",
        minHeight: 400,
        resize: "none",
        whiteSpace: "pre-wrap",
      }}
    />
  );
}
