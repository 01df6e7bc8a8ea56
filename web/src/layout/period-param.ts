/** The month the demo data is about; the default when the URL names none. */
export const DEFAULT_PERIOD = "2023-08";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The month of a URL's `period` (`2023-08`), the default when it names none or no month. Its own
 * file, without React, because the first script of the page (`early/`) reads it too.
 */
export function periodOf(value: string | null): string {
  return value && MONTH.test(value) ? value : DEFAULT_PERIOD;
}
