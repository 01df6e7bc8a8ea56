/**
 * What the figure picker writes into a template: a `{{ expression | format }}` from a clerk's
 * choices (an indicator, optionally one category option, a measure, decimals), so a clerk never
 * has to learn the template language to put a live figure in the text.
 */

/** The measures a report speaks of, in the words offices use. */
export const MEASURES = [
  "period",
  "ytd",
  "last_year",
  "ytd_last_year",
  "change",
  "ytd_change",
  "growth",
  "ratio",
  "pct_of",
  "target",
] as const;
export type Measure = (typeof MEASURES)[number];

/** The measures that need a target kind (kế hoạch, dự toán…). */
export const NEEDS_KIND: ReadonlySet<Measure> = new Set(["pct_of", "target"]);

/** The measures written as a percentage. */
const PERCENT: ReadonlySet<Measure> = new Set(["growth", "ratio", "pct_of"]);

export interface FigureChoice {
  readonly indicator: string;
  /** One option of one category set (`rice_output[season=he_thu]`); none is the total. */
  readonly option?: { readonly set: string; readonly code: string };
  readonly measure: Measure;
  /** The target kind of `pct_of` and `target` (default `plan`). */
  readonly kind?: string;
  readonly decimals: number;
  /** Words written after the figure: its measure unit ("tấn"). */
  readonly unitWords?: string;
}

/** The expression alone, e.g. `pct_of(ytd(budget_revenue), plan)`. */
export function figureExpression(choice: FigureChoice): string {
  const x = choice.option
    ? `${choice.indicator}[${choice.option.set}=${choice.option.code}]`
    : choice.indicator;
  const kind = choice.kind ?? "plan";
  switch (choice.measure) {
    case "period":
      return x;
    case "ytd":
      return `ytd(${x})`;
    case "last_year":
      return `last_year(${x})`;
    case "ytd_last_year":
      return `last_year(ytd(${x}))`;
    case "change":
      return `${x} - last_year(${x})`;
    case "ytd_change":
      return `ytd(${x}) - last_year(ytd(${x}))`;
    case "growth":
      return `growth(${x})`;
    case "ratio":
      return `ratio(${x})`;
    case "pct_of":
      return `pct_of(ytd(${x}), ${kind})`;
    case "target":
      return `target(${x}, ${kind})`;
  }
}

/** The format after `|`: a change says tăng/giảm, a percentage its sign, a number its decimals. */
export function figureFormat(choice: Pick<FigureChoice, "measure" | "decimals">): string {
  const d = Math.max(0, Math.min(6, Math.trunc(choice.decimals)));
  if (choice.measure === "change" || choice.measure === "ytd_change") return `change:${d}:same`;
  if (PERCENT.has(choice.measure)) return `percent:${d}`;
  return `number:${d}`;
}

/** The whole figure as a template writes it: `{{ ytd(rice_output) | number:0 }}`. */
export function figureTemplate(choice: FigureChoice): string {
  const words = choice.unitWords ? ` ${choice.unitWords}` : "";
  return `{{ ${figureExpression(choice)} | ${figureFormat(choice)}${words} }}`;
}
