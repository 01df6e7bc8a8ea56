import type { Run } from "../model.ts";

/** A line of the report as one string, knowing which characters came from live figures. */
export interface LineText {
  readonly text: string;
  /** [start, end) of each figure run's text in `text`. */
  readonly figures: readonly (readonly [number, number])[];
}

/**
 * Joins the runs of a line: relations cross runs ("{{ a }}/{{ b }} hộ, đạt 95%"), and so do
 * not-data shapes ("ngày 14/{{ month }}/{{ year }}"), so they are read on the whole line.
 */
export function lineText(runs: readonly Run[]): LineText {
  let text = "";
  const figures: [number, number][] = [];
  for (const r of runs) {
    if (r.kind === "footnote") continue;
    if (r.kind === "figure") figures.push([text.length, text.length + r.text.length]);
    text += r.text;
  }
  return { text, figures };
}

/** A plain string (a typed sentence, a line of a text file) as a line with no live figure. */
export const plainLine = (text: string): LineText => ({ text, figures: [] });

/** True when [start, end) overlaps a live figure's text. */
export function fromFigure(line: LineText, start: number, end: number): boolean {
  return line.figures.some(([a, b]) => start < b && end > a);
}
