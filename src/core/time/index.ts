/** Instants as Vietnamese users read them (Vietnam's time zone, dd/mm/yyyy). */
export { vietnamDateTime, vietnamTime } from "./vietnam-time.ts";
