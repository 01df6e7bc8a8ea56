import { parseFigureFormat } from "../report/index.ts";
import { figureItems, type Item } from "./figure-spans.ts";
import type { Sentence } from "./sentences.ts";
import type { TemplateFigure } from "./template-sentences.ts";
import { sameToken, tokenize } from "./tokens.ts";

/** How many neighbours on each side are compared. */
const CONTEXT = 4;
/** Fewer matching neighbours than this and a number is not taken for a hole. */
export const MIN_CONTEXT = 2;
/** Matching neighbours (both sides) at which a placement counts as certain. */
export const CONTEXT_SPAN = 6;

/** Where a hole of a template sentence was found in a report sentence. */
export interface Located {
  readonly hole: number;
  /** The figure as the report writes it: "121,224 tỷ", "tăng 1.900", "03". */
  readonly text: string;
  /** Neighbours that match, left and right, out of CONTEXT each (a sentence end counts as one). */
  readonly context: number;
}

/** A template item: a token, a figure written in the literal text, or a hole. */
type TemplateItem = Item | { readonly kind: "hole"; readonly hole: number };

function templateItems(sentence: Sentence, figures: readonly TemplateFigure[]): TemplateItem[] {
  const items: TemplateItem[] = [];
  for (const piece of sentence.pieces) {
    if ("text" in piece) {
      items.push(...figureItems(tokenize(piece.text), piece.text));
      continue;
    }
    items.push({ kind: "hole", hole: piece.hole });
    // Words a format writes after the figure (`pad2 căn`) are literal text of the report.
    const suffix = parseFigureFormat(figures[piece.hole]?.format ?? "").suffix;
    if (suffix) items.push(...figureItems(tokenize(suffix), suffix));
  }
  return items;
}

function same(a: TemplateItem, b: Item): boolean {
  if (a.kind === "hole") return b.kind === "figure";
  if (a.kind === "figure") return b.kind === "figure" && a.text === b.text;
  return b.kind === "token" && sameToken(a.token, b.token);
}

/** Matching neighbours walking away from the hole (step -1 left, +1 right). */
function side(
  t: readonly TemplateItem[],
  ti: number,
  r: readonly Item[],
  ri: number,
  step: 1 | -1,
): number {
  let n = 0;
  for (let k = 1; k <= CONTEXT; k++) {
    const a = t[ti + k * step];
    const b = r[ri + k * step];
    if (a === undefined && b === undefined) return n + 1; // both at the sentence's edge
    if (a === undefined || b === undefined || !same(a, b)) return n;
    n++;
  }
  return n;
}

/** Whether a written figure can be what a format writes (a percentage has "%", a change its word). */
function fits(format: string, text: string): boolean {
  const f = parseFigureFormat(format);
  const percent = text.endsWith("%");
  const change = /^(tăng|giảm)\s/iu.test(text);
  if (f.kind === "percent") return percent && !change;
  if (f.kind === "change") return change;
  return !percent && !change;
}

/**
 * Places the holes of a template sentence on the figures of the report sentence taken for it,
 * left to right, each by its neighbouring words: the best-scoring order-keeping assignment
 * (dynamic programming over holes × figures). A hole whose neighbours do not match is left
 * unplaced rather than given the nearest number.
 */
export function locateFigures(
  template: Sentence,
  report: Sentence,
  figures: readonly TemplateFigure[],
): Located[] {
  const t = templateItems(template, figures);
  const reportText = report.pieces.map((p) => ("text" in p ? p.text : "")).join("");
  const r = figureItems(tokenize(reportText), reportText);
  const holes = t.flatMap((item, at) => (item.kind === "hole" ? [{ at, hole: item.hole }] : []));
  const spots = r.flatMap((item, at) => (item.kind === "figure" ? [{ at, text: item.text }] : []));
  const score = (h: number, s: number): number => {
    const hole = holes[h];
    const spot = spots[s];
    if (!hole || !spot || !fits(figures[hole.hole]?.format ?? "", spot.text)) return -1;
    const context = side(t, hole.at, r, spot.at, -1) + side(t, hole.at, r, spot.at, 1);
    return context >= MIN_CONTEXT ? context : -1;
  };
  // best[h][s]: the best total for the first h holes on the first s figures.
  const best = holes.map(() => new Array<number>(spots.length + 1).fill(0));
  best.push(new Array<number>(spots.length + 1).fill(0));
  const row = (h: number) => best[h] as number[];
  for (let h = 1; h <= holes.length; h++)
    for (let s = 1; s <= spots.length; s++) {
      const here = score(h - 1, s - 1);
      const take = here < 0 ? -1 : (row(h - 1)[s - 1] as number) + here;
      row(h)[s] = Math.max(row(h - 1)[s] as number, row(h)[s - 1] as number, take);
    }
  const located: Located[] = [];
  for (let h = holes.length, s = spots.length; h > 0 && s > 0; ) {
    const value = row(h)[s] as number;
    if (value === row(h - 1)[s]) h--;
    else if (value === row(h)[s - 1]) s--;
    else {
      const hole = holes[h - 1] as { hole: number };
      const spot = spots[s - 1] as { text: string };
      located.push({ hole: hole.hole, text: spot.text, context: score(h - 1, s - 1) });
      h--;
      s--;
    }
  }
  return located.reverse();
}
