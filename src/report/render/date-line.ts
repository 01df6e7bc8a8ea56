import type { ReportMeta } from "../model.ts";

/** The place and date line: "Ngã Năm, ngày 05 tháng 9 năm 2023" (day with two digits, month without). */
export function dateLine(meta: Pick<ReportMeta, "place" | "date">): string {
  const [year, month, day] = meta.date.split("-");
  return day ? `${meta.place}, ngày ${day} tháng ${Number(month)} năm ${year}` : meta.place;
}
