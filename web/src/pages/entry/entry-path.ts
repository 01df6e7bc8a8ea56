/**
 * The entry form of a unit's form in the cycle: the month's form; a quarterly (half, nine-month,
 * yearly) form's opens at its period's block (`#period-2023-Q3`), where its figures are typed.
 * @example entryPath({ unit: "PHUONG_1", period: "2023-09", filedPeriod: "2023-Q3" })
 * // "/entry?unit=PHUONG_1&period=2023-09#period-2023-Q3"
 */
export function entryPath(form: {
  readonly unit: string;
  readonly period: string;
  readonly filedPeriod: string;
}): string {
  const query = new URLSearchParams({ unit: form.unit, period: form.period });
  return `/entry?${query}${form.filedPeriod === form.period ? "" : `#${periodAnchor(form.filedPeriod)}`}`;
}

/** The id of a period's block in the entry form. */
export function periodAnchor(period: string): string {
  return `period-${period}`;
}
