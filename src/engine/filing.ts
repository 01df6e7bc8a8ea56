import type { Period } from "../core/periods/index.ts";
import { filingMonth, frequencyOf, type ReportingRegime } from "../core/regimes/index.ts";

/** The kinds of period a unit files an indicator by, beyond the month: its forms' frequencies. */
export type FilingOf = (unit: string, indicator: string) => readonly ReportingRegime["frequency"][];

/** Values by month only (register figures, and writers that know no forms). */
export const MONTHS_ONLY: FilingOf = () => [];

/** What the forms say: a unit files an indicator by quarter when a quarterly form of it has both. */
export function filingOf(regimes: readonly ReportingRegime[]): FilingOf {
  const kinds = new Map<string, ReportingRegime["frequency"][]>();
  for (const r of regimes)
    for (const unit of r.reportingUnits)
      for (const indicator of r.indicators) {
        const key = `${unit}|${indicator}`;
        kinds.set(key, [...(kinds.get(key) ?? []), r.frequency]);
      }
  return (unit, indicator) => kinds.get(`${unit}|${indicator}`) ?? [];
}

/**
 * The month a value of `given` is kept in: the month itself, or — for a quarter, half, nine
 * months or year that a form of the unit files the indicator by — the period's last month, where
 * that form is filed (core/regimes/filed-in.ts). Undefined when the period is not one the value
 * may be given for.
 */
export function keptMonth(
  given: Period,
  filed: readonly ReportingRegime["frequency"][],
): Period | undefined {
  if (given.type === "month") return given;
  const frequency = frequencyOf(given);
  return frequency && filed.includes(frequency) ? filingMonth(given) : undefined;
}
