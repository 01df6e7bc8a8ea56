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

const TOKEN = /\{\{([\s\S]*?)\}\}|\*\*|\*|\[\^([^\]\s]+)\]/g;

/**
 * Splits a line into runs: `{{ expression | format }}` figures, `**bold**`, `*italic*` and
 * `[^id]` footnote references. The expression and format are kept as written; a `|` splits them
 * (the formula language never uses it).
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
  for (const match of text.matchAll(TOKEN)) {
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] !== undefined) {
      const [source = "", ...format] = match[1].split("|");
      if (source.trim() === "") {
        throw new BaocaoError("report.empty_figure", `Dòng ${line}: "{{ }}" không có biểu thức.`, {
          line,
          column: match.index + 1,
        });
      }
      runs.push({
        kind: "slot",
        source: source.trim(),
        format: format.join("|").trim(),
        line,
        ...style(),
      });
    } else if (match[2] !== undefined) {
      runs.push({ kind: "footnote", id: match[2] });
    } else if (match[0] === "**") {
      bold = !bold;
    } else {
      italic = !italic;
    }
  }
  pushText(text.slice(last));
  return runs;
}
