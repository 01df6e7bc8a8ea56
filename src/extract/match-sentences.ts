import type { Sentence } from "./sentences.ts";
import { dice, wordBag } from "./similarity.ts";

/** Below this share of common words two sentences are not taken for the same sentence. */
export const MIN_SIMILARITY = 0.5;

/** A template sentence and the report sentence taken for it, with how alike they are (0–1). */
export interface SentenceMatch {
  readonly template: number;
  readonly report: number;
  readonly similarity: number;
}

/**
 * Pairs template sentences with report sentences, one to one, most alike first: tolerant of
 * reordered sentences (order is not used), of added ones (they stay unpaired) and of dropped
 * ones (their template sentence stays unpaired). Every template sentence takes part, with or
 * without figures, so that a sentence without figures is not claimed by a similar one with them.
 */
export function matchSentences(
  template: readonly Sentence[],
  report: readonly Sentence[],
): SentenceMatch[] {
  const reportBags = report.map(wordBag);
  const candidates: SentenceMatch[] = [];
  template.forEach((sentence, t) => {
    const bag = wordBag(sentence);
    reportBags.forEach((other, r) => {
      const similarity = dice(bag, other);
      if (similarity >= MIN_SIMILARITY) candidates.push({ template: t, report: r, similarity });
    });
  });
  candidates.sort(
    (a, b) => b.similarity - a.similarity || a.template - b.template || a.report - b.report,
  );
  const usedTemplate = new Set<number>();
  const usedReport = new Set<number>();
  const matches: SentenceMatch[] = [];
  for (const c of candidates) {
    if (usedTemplate.has(c.template) || usedReport.has(c.report)) continue;
    usedTemplate.add(c.template);
    usedReport.add(c.report);
    matches.push(c);
  }
  return matches.sort((a, b) => a.template - b.template);
}
