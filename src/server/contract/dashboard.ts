import { z } from "zod";
import { Figure, MonthId, UnitMonth } from "./common.ts";
import { defineRoute } from "./define-route.ts";
import { CycleSummaryView, SubmissionStateView } from "./submissions.ts";

/** An indicator's figures against one target. */
export const TargetView = z.object({
  kind: z.string(),
  nameVi: z.string(),
  value: z.number(),
  pct: z.number().nullable(),
  status: z.enum(["on_track", "at_risk", "off_track"]).nullable(),
});

/** A figure on the dashboard: the value and whether it is an estimate (provenance is in reports). */
export const DashboardFigure = Figure.pick({ value: true, status: true });

/** One indicator's line on the dashboard. */
export const DashboardLine = z.object({
  indicator: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unitNameVi: z.string(),
  decimals: z.number(),
  value: DashboardFigure,
  ytd: DashboardFigure,
  samePeriodLastYear: DashboardFigure,
  samePeriodLastYearYtd: DashboardFigure,
  changePct: z.number().nullable(),
  changeYtdPct: z.number().nullable(),
  targets: z.array(TargetView),
});
export type DashboardLine = z.output<typeof DashboardLine>;

/** Who has reported for the month, by reporting unit. */
export const ReportingLine = z.object({
  regime: z.string(),
  regimeNameVi: z.string(),
  unit: z.string(),
  unitNameVi: z.string(),
  reported: z.number(),
  expected: z.number(),
  missing: z.array(z.string()),
  deadline: z.string(),
  state: z.enum(["complete", "pending", "late"]),
  /** Where the unit's form stands in the collection cycle (chưa nhập … đã duyệt). */
  submission: SubmissionStateView,
});
export type ReportingLine = z.output<typeof ReportingLine>;

export const Dashboard = z.object({
  unit: z.object({ code: z.string(), nameVi: z.string() }),
  period: z.string(),
  sectors: z.array(
    z.object({
      code: z.string(),
      nameVi: z.string(),
      nameEn: z.string(),
      lines: z.array(DashboardLine),
    }),
  ),
  reporting: z.array(ReportingLine),
  /** Completeness and timeliness of the forms of the unit and the units below it. */
  cycle: CycleSummaryView,
});
export type Dashboard = z.output<typeof Dashboard>;

/** A monthly series of one indicator for a trend chart: this year and last. */
export const Series = z.object({
  indicator: z.string(),
  unit: z.string(),
  points: z.array(
    z.object({
      period: z.string(),
      value: z.number().nullable(),
      lastYear: z.number().nullable(),
    }),
  ),
});
export type Series = z.output<typeof Series>;

export const dashboardRoutes = {
  dashboard: defineRoute({
    method: "GET",
    path: "/api/dashboard",
    summary:
      "Bảng điều hành: chỉ tiêu theo lĩnh vực (tháng, lũy kế, so cùng kỳ, % kế hoạch) và tình hình báo cáo",
    tag: "figures",
    query: UnitMonth,
    response: Dashboard,
  }),
  series: defineRoute({
    method: "GET",
    path: "/api/series",
    summary: "Số liệu từng tháng của một chỉ tiêu trong năm, kèm cùng kỳ năm trước",
    tag: "figures",
    query: z.object({ unit: z.string(), indicator: z.string(), period: MonthId }),
    response: Series,
  }),
};
