/** Vietnam's offset from UTC: seven hours, with no daylight saving. */
const OFFSET_MS = 7 * 60 * 60 * 1000;

/** The wall-clock parts of an instant in Vietnam, where the users are. */
function local(at: Date) {
  const t = new Date(at.getTime() + OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return {
    time: `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`,
    date: `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`,
  };
}

/**
 * The time of day in Vietnam.
 * @example vietnamTime(new Date("2026-11-25T07:05:00Z")) // "14:05"
 */
export function vietnamTime(at: Date): string {
  return local(at).time;
}

/**
 * An instant as Vietnamese messages write it, in Vietnam's time.
 * @example vietnamDateTime("2026-11-25T15:54:23.599Z") // "22:54 ngày 25/11/2026"
 */
export function vietnamDateTime(at: Date | string): string {
  const parts = local(typeof at === "string" ? new Date(at) : at);
  return `${parts.time} ngày ${parts.date}`;
}
