import { checkChanges } from "./check-change.ts";
import { checkGrowth } from "./check-growth.ts";
import { checkParts } from "./check-parts.ts";
import { checkRatios } from "./check-ratio.ts";
import { checkShares } from "./check-share.ts";
import type { NarrativeFinding } from "./finding.ts";
import type { LineText } from "./line-text.ts";
import type { LiveFigureLookup } from "./live-figures.ts";
import { readMentions } from "./mentions.ts";
import { typedNumberFindings } from "./typed-numbers.ts";

/**
 * Everything the narrative checks find in one line of the report: figures typed by hand, and
 * relations inside a sentence that do not hold (x/y against its %, parts against their total,
 * a share against its part and whole, a % change against its absolute change). Numbers from
 * live figures and typed numbers are checked alike: the reader sees only the text.
 */
export function narrativeChecks(line: LineText, liveFigure?: LiveFigureLookup): NarrativeFinding[] {
  const mentions = readMentions(line);
  // "1. 357" is never part of a relation: which number it is, nobody knows.
  const usable = mentions.filter((m) => m.kind !== "spaced");
  return [
    ...typedNumberFindings(line, mentions, liveFigure),
    ...checkRatios(line.text, usable),
    ...checkShares(line.text, usable),
    ...checkParts(line.text, usable),
    ...checkChanges(line.text, usable),
    ...checkGrowth(line.text, usable),
  ];
}
