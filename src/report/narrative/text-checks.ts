import type { NarrativeFinding } from "./finding.ts";
import { plainLine } from "./line-text.ts";
import { narrativeChecks } from "./narrative-checks.ts";

/** A finding in a report's plain text, with the paragraph (line, from 1) it is in. */
export interface TextFinding extends NarrativeFinding {
  readonly paragraph: number;
}

/**
 * The narrative checks of a report written anywhere (a Word file of last month, another
 * office's report): each paragraph is read as the composed report's lines are. Every number of
 * such a text is typed, so "typed by hand" says nothing there and is left out; the relations
 * inside sentences and the unclear "1. 357" are what is checked.
 */
export function textChecks(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const finding of narrativeChecks(plainLine(line)))
      if (finding.kind !== "typed_number") out.push({ ...finding, paragraph: i + 1 });
  });
  return out;
}
