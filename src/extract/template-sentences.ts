import type { Template } from "../report/index.ts";
import { templateVariables } from "../report/template-variables.ts";
import { type Piece, type Sentence, splitSentences } from "./sentences.ts";
import { cleanPiece } from "./tokens.ts";

/** A figure of the template: its expression, its format, and the line it is written on. */
export interface TemplateFigure {
  /** Position among the template's figures, in reading order. */
  readonly index: number;
  readonly source: string;
  readonly format: string;
  readonly line: number;
}

/** A template as sentences with holes, for one period (its `{{ $month }}` words filled in). */
export interface TemplateText {
  readonly figures: readonly TemplateFigure[];
  readonly sentences: readonly Sentence[];
}

type Run = Template["blocks"][number] extends infer B
  ? B extends { runs: readonly (infer R)[] }
    ? R
    : never
  : never;

/**
 * Turns a parsed template into sentences whose holes are its figures, as the report of `period`
 * reads: period words are text (they are the same in every report of that period), an item's
 * dash is text, footnote references are dropped (the plain text of a report has lost them).
 */
export function templateText(template: Template, period: string): TemplateText {
  const variables = templateVariables(period);
  const figures: TemplateFigure[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const add = (runs: readonly Run[], prefix = "") => {
    const pieces: Piece[] = prefix ? [{ text: prefix }] : [];
    for (const run of runs) {
      if (run.kind === "text") pieces.push({ text: cleanPiece(run.text) });
      else if (run.kind === "slot" && run.source.startsWith("$"))
        pieces.push({ text: variables[run.source.slice(1)] ?? "" });
      else if (run.kind === "slot") {
        figures.push({
          index: figures.length,
          source: run.source,
          format: run.format,
          line: run.line,
        });
        pieces.push({ hole: figures.length - 1 });
      }
    }
    sentences.push(...splitSentences(paragraph++, mergeText(pieces)));
  };
  for (const block of template.blocks) {
    if (block.kind === "table") for (const row of block.rows) add(row.flat());
    else add(block.runs, block.kind === "paragraph" && block.marker ? `${block.marker} ` : "");
  }
  for (const runs of template.footnotes.values()) add(runs);
  return { figures, sentences };
}

function mergeText(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if ("text" in piece && last && "text" in last)
      merged[merged.length - 1] = { text: last.text + piece.text };
    else merged.push(piece);
  }
  return merged;
}
