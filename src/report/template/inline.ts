import type { ErrorCode } from "../../core/error-codes.ts";
import { BaocaoError } from "../../core/errors.ts";
import type { FootnoteRun, TextRun } from "../model.ts";

/** A figure written in a template: `{{ expression | format }}`, not yet resolved. */
export interface FigureSlot {
  readonly kind: "slot";
  readonly source: string;
  readonly format: string;
  readonly line: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A run of a template line: text, a figure to resolve, or a footnote reference (numbered later). */
export type TemplateRun = TextRun | FigureSlot | Omit<FootnoteRun, "number">;

// Openers only: a figure's end is found with one indexOf, so an unclosed `{{` costs one scan,
// not one per opener (a lazy `{{(.*?)}}` is quadratic on a line of unclosed openers).
const MARK = /\{\{|\*\*|\*|\[\^([^\]\s]+)\]/g;

function figureError(code: ErrorCode, what: string, line: number, index: number): BaocaoError {
  const column = index + 1;
  return new BaocaoError(code, `Dòng ${line}, cột ${column}: ${what}`, { line, column });
}

/**
 * Splits a line into runs: `{{ expression | format }}` figures, `**bold**`, `*italic*` and
 * `[^id]` footnote references. The expression and format are kept as written; a `|` splits them
 * (the formula language never uses it). A `{{` without its `}}` is an error naming its column.
 * Linear in the line's length.
 */
export function parseInline(text: string, line: number): TemplateRun[] {
  const runs: TemplateRun[] = [];
  let bold = false;
  let italic = false;
  let last = 0;
  const style = () => ({ ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
  const pushText = (t: string) => {
    if (t !== "") runs.push({ kind: "text", text: t, ...style() });
  };
  // One regex for every line (compiling one per line was most of a long template's parse time);
  // parsing is synchronous, so resetting its position is enough.
  const mark = MARK;
  mark.lastIndex = 0;
  for (let match = mark.exec(text); match; match = mark.exec(text)) {
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === "{{") {
      const close = text.indexOf("}}", last);
      const reopened = text.indexOf("{{", last);
      if (close < 0 || (reopened >= 0 && reopened < close))
        throw figureError("report.unclosed_figure", '"{{" thiếu "}}" đóng lại.', line, match.index);
      const [source = "", ...format] = text.slice(last, close).split("|");
      if (source.trim() === "")
        throw figureError("report.empty_figure", '"{{ }}" không có biểu thức.', line, match.index);
      runs.push({
        kind: "slot",
        source: source.trim(),
        format: format.join("|").trim(),
        line,
        ...style(),
      });
      last = close + 2;
      mark.lastIndex = last;
    } else if (match[1] !== undefined) {
      runs.push({ kind: "footnote", id: match[1] });
    } else if (match[0] === "**") {
      bold = !bold;
    } else {
      italic = !italic;
    }
  }
  pushText(text.slice(last));
  return runs;
}
