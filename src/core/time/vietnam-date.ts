/** Vietnam's offset from UTC: seven hours, with no daylight saving. */
const OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Vietnam of an ISO instant, `YYYY-MM-DD` — the day deadlines are counted in.
 * @example vietnamDate("2023-08-16T18:30:00.000Z") // "2023-08-17"
 */
export function vietnamDate(at: string): string {
  return new Date(Date.parse(at) + OFFSET_MS).toISOString().slice(0, 10);
}
