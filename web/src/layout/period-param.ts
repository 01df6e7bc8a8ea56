const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The month a URL's `period` names (`2023-08`), or undefined when it names none: the month then
 * comes from the session (the month the server opens on). Its own file, without React, because
 * the first script of the page (`early/`) reads it too.
 */
export function monthParam(value: string | null): string | undefined {
  return value && MONTH.test(value) ? value : undefined;
}
