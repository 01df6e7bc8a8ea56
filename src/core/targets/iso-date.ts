/**
 * True for a real calendar date written `YYYY-MM-DD` (2023-02-29 is not one). Kept local so
 * targets depend on nothing but the catalogue.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO timestamp with an explicit offset, or undefined when it
 * is not one. The offset is required: "2023-08-14T10:00" means different instants on different
 * servers, and history order must not depend on where it is read.
 */
export function timestampMillis(value: unknown): number | undefined {
  if (typeof value !== "string" || !TIMESTAMP.test(value) || !isIsoDate(value.slice(0, 10))) {
    return undefined;
  }
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : millis;
}
