import dayjs from "dayjs";
import "dayjs/locale/vi";

dayjs.locale("vi");

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

/** The last day of a month id, as the unit tree is asked for: "2023-08" → "2023-08-31". */
export function endOfMonth(period: string): string {
  return dayjs(`${period}-01`).endOf("month").format("YYYY-MM-DD");
}

/** The month after: "2023-08" → "2023-09". */
export function nextMonth(period: string): string {
  return dayjs(`${period}-01`).add(1, "month").format("YYYY-MM");
}
