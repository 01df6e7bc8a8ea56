import type { TextAreaRef } from "antd/es/input/TextArea";
import { type RefObject, useLayoutEffect, useRef, useState } from "react";

/** Every `{{ … }}` of a template, with the text between them. */
export function chipSegments(text: string): { text: string; figure: boolean }[] {
  const out: { text: string; figure: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{\{[\s\S]*?\}\}/g)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), figure: false });
    out.push({ text: m[0], figure: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), figure: false });
  return out;
}

/**
 * The figures of the template shown as chips behind the text area: a copy of the text, laid out
 * exactly as the text area lays it out (same font, padding, width and scroll), transparent but
 * for a tinted rounded background under each `{{ … }}`. The text area stays the one editable,
 * accessible control holding the stored, diffable text; the chips are only drawn under it.
 */
export function FigureChips({ text, area }: { text: string; area: RefObject<TextAreaRef | null> }) {
  const backdrop = useRef<HTMLDivElement>(null);
  // The text area's scroll bar narrows its text; the copy must wrap at the same width.
  const [gutter, setGutter] = useState(0);
  useLayoutEffect(() => {
    const el = area.current?.resizableTextArea?.textArea;
    const copy = backdrop.current;
    if (!el || !copy) return;
    const follow = () => {
      copy.scrollTop = el.scrollTop;
      copy.scrollLeft = el.scrollLeft;
    };
    const measure = () => {
      setGutter(el.offsetWidth - el.clientWidth - 2);
      follow();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener("scroll", follow);
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", follow);
    };
  }, [area]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text may add or drop a line
  useLayoutEffect(() => {
    const el = area.current?.resizableTextArea?.textArea;
    if (el && backdrop.current) {
      setGutter(el.offsetWidth - el.clientWidth - 2);
      backdrop.current.scrollTop = el.scrollTop;
    }
  }, [text, area]);
  return (
    <div ref={backdrop} aria-hidden="true" className="figure-chips" style={{ right: gutter }}>
      {chipSegments(text).map((s, i) =>
        s.figure ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity but order
          <mark key={i} className="figure-chip">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
      {/* A last empty line still takes a line, as in the text area. */}
      {text.endsWith("\n") ? " " : null}
    </div>
  );
}
