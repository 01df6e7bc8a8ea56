import { monthsOf, parsePeriod } from "../../../../src/core/periods/index.ts";
import type { EntryForm, LongerPeriod } from "../../api/contract.ts";

/**
 * A part of the entry form entered for one period: the month's figures, or a quarter's (half,
 * nine months, year) when the month is that period's last and a form of the unit is filed for it.
 */
export interface PeriodBlock {
  /** `2023-09`, or `2023-Q3` for the quarter's figures. */
  readonly period: string;
  /** The longer period's forms and name; absent for the month's own figures. */
  readonly longer?: LongerPeriod;
  readonly sectors: EntryForm["sectors"];
}

/**
 * Splits the form's sectors by the period their indicators are entered for: the month's first,
 * then each longer period, shortest first; a block with no indicator (after the filter) is left
 * out, so a unit with only a quarterly form sees the quarter alone.
 */
export function periodBlocks(form: EntryForm, sectors = form.sectors): PeriodBlock[] {
  const owner = new Map<string, LongerPeriod>();
  for (const longer of form.longerPeriods)
    for (const code of longer.indicators) if (!owner.has(code)) owner.set(code, longer);
  const part = (keep: (code: string) => boolean) =>
    sectors
      .map((s) => ({ ...s, indicators: s.indicators.filter((i) => keep(i.code)) }))
      .filter((s) => s.indicators.length > 0);
  const blocks: PeriodBlock[] = [
    { period: form.period, sectors: part((code) => !owner.has(code)) },
    ...form.longerPeriods.map((longer) => ({
      period: longer.period,
      longer,
      sectors: part((code) => owner.get(code) === longer),
    })),
  ];
  return blocks.filter((b) => b.sectors.length > 0);
}

/**
 * The months a period spans, as a clerk writes them: "7–9/2023" for the third quarter, "9/2023"
 * for a month.
 */
export function monthSpan(period: string): string {
  const months = monthsOf(parsePeriod(period));
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return period;
  return first === last
    ? `${last.index}/${last.year}`
    : `${first.index}–${last.index}/${last.year}`;
}
