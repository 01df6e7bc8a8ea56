import { daysInMonth, formatIsoDate } from "../../../src/core/time/iso-date.ts";

/**
 * The last day of a month id, as the unit tree is asked for: "2023-08" → "2023-08-31". Its own
 * file, without dayjs, because the first script of the page (`early/`) needs it too.
 */
export function endOfMonth(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return formatIsoDate(year ?? 0, month ?? 1, daysInMonth(year ?? 0, month ?? 1));
}
