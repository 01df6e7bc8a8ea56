/** Dates and instants: ISO calendar dates as the core writes them, and Vietnam's wall clock. */
export {
  type DateParts,
  daysInMonth,
  formatDateVi,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  isoDateParts,
  parseIsoDate,
  timestampMillis,
} from "./iso-date.ts";
export { vietnamDate } from "./vietnam-date.ts";
export { vietnamDateTime, vietnamTime } from "./vietnam-time.ts";
