import type { Run } from "../model.ts";
import { lineText } from "./line-text.ts";
import { readMentions } from "./mentions.ts";

/** A live figure of the report, by the number it prints: what a typed copy of it should be. */
export interface LiveFigure {
  readonly source: string;
  readonly format: string;
  readonly line: number;
}

/** Finds the live figure that prints a number, by the number as written ("240.849", "82%"). */
export type LiveFigureLookup = (numeral: string) => LiveFigure | undefined;

/**
 * The report's live figures by the numerals they print (the first of each kept), read in their
 * lines as the typed numbers are, so "240.849 tấn" and "82%" compare as written. A number typed
 * by hand that a figure already prints is a copy that will not follow the data.
 */
export function liveFigureLookup(lines: readonly (readonly Run[])[]): LiveFigureLookup {
  const byNumeral = new Map<string, LiveFigure>();
  for (const runs of lines) {
    const figures = runs.filter((r) => r.kind === "figure");
    const line = lineText(runs);
    for (const m of readMentions(line)) {
      if (!m.fromFigure || m.kind !== "figure" || m.value === 0 || byNumeral.has(m.numeral))
        continue;
      const at = line.figures.findIndex(([a, b]) => m.start < b && m.end > a);
      const run = figures[at];
      if (run) byNumeral.set(m.numeral, { source: run.source, format: run.format, line: run.line });
    }
  }
  return (numeral) => byNumeral.get(numeral);
}
