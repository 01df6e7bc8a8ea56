import dayjs from "dayjs";
import "dayjs/locale/vi";

dayjs.locale("vi");

export { endOfMonth } from "./month-end.ts";

/** "2023-08-14" or an ISO timestamp → "14/08/2023"; "—" when absent. */
export function fmtDate(value: string | null | undefined): string {
  if (!value) return "—";
  const d = dayjs(value);
  return d.isValid() ? d.format("DD/MM/YYYY") : value;
}

/** An ISO timestamp → "14/08/2023 09:30". */
export function fmtDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const d = dayjs(value);
  return d.isValid() ? d.format("DD/MM/YYYY HH:mm") : value;
}

/** A month id "2023-08" → "08/2023". */
export function fmtMonth(period: string | null | undefined): string {
  if (!period) return "—";
  const [year, month] = period.split("-");
  return month && year ? `${month}/${year}` : period;
}

/** The month after: "2023-08" → "2023-09". */
export function nextMonth(period: string): string {
  return dayjs(`${period}-01`).add(1, "month").format("YYYY-MM");
}
