import { z } from "zod";
import { MonthId, UnitMonth } from "./common.ts";
import { defineRoute } from "./define-route.ts";
import { SubmissionItem } from "./submissions.ts";

/** A stored value as the entry form shows it; `version` 0 means nothing stored yet. */
export const EntryCell = z.object({
  /** Disaggregation key (`rice_season=he_thu`), "" for the total. */
  disaggregation: z.string(),
  labelVi: z.string(),
  value: z.number().nullable(),
  textValue: z.string().nullable(),
  status: z.enum(["estimate", "official"]).nullable(),
  note: z.string(),
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type EntryCell = z.output<typeof EntryCell>;

export const EntryIndicator = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unitNameVi: z.string(),
  valueType: z.string(),
  decimals: z.number(),
  cells: z.array(EntryCell),
});
export type EntryIndicator = z.output<typeof EntryIndicator>;

/** A validation finding, with the values it read. */
export const FindingView = z.object({
  rule: z.string(),
  severity: z.string(),
  message: z.string(),
  values: z.array(z.object({ reference: z.string(), value: z.number().nullable() })),
});
export type FindingView = z.output<typeof FindingView>;

/** A longer period filed in the month: `2023-Q3`, "quý III năm 2023", its forms and indicators. */
export const LongerPeriod = z.object({
  period: z.string(),
  kind: z.enum(["quarter", "half", "nine_months", "year"]),
  nameVi: z.string(),
  forms: z.array(z.object({ code: z.string(), nameVi: z.string() })),
  indicators: z.array(z.string()),
});
export type LongerPeriod = z.output<typeof LongerPeriod>;

/** The data-entry form of a unit and month: what it reports, what is stored, what fails. */
export const EntryForm = z.object({
  unit: z.object({ code: z.string(), nameVi: z.string() }),
  period: z.string(),
  /** Whether the signed-in user may write these values (false too when every one is locked). */
  editable: z.boolean(),
  /** The unit's forms for the month in the collection cycle, with their states. */
  submissions: z.array(SubmissionItem),
  /** Indicators whose figures a sent, approved or date-locked form holds: shown read-only. */
  lockedIndicators: z.array(z.string()),
  /**
   * The quarters, halves, nine months or years the unit's forms are filed for in this month
   * (its last), and the indicators entered as that whole period's figures; the others are the
   * month's. Their values are kept in this month.
   */
  longerPeriods: z.array(LongerPeriod),
  /** The unit's longer forms not filed this month, with the month each is entered in. */
  laterFilings: z.array(
    z.object({
      code: z.string(),
      nameVi: z.string(),
      period: z.string(),
      periodNameVi: z.string(),
      month: z.string(),
    }),
  ),
  sectors: z.array(
    z.object({ code: z.string(), nameVi: z.string(), indicators: z.array(EntryIndicator) }),
  ),
  findings: z.array(FindingView),
});
export type EntryForm = z.output<typeof EntryForm>;

/** One value to save; `expectedVersion` is the version the form showed (0: new). */
export const ValueChange = z.object({
  indicator: z.string(),
  unit: z.string(),
  period: MonthId,
  disaggregation: z.string().default(""),
  value: z.number().nullable(),
  textValue: z.string().nullable().optional(),
  status: z.enum(["estimate", "official"]).optional(),
  note: z.string().max(2000).optional(),
  expectedVersion: z.number().int().min(0),
  delete: z.boolean().optional(),
});
export type ValueChange = z.input<typeof ValueChange>;

export const SaveResult = z.object({
  outcomes: z.array(
    z.object({
      indicator: z.string(),
      unit: z.string(),
      period: z.string(),
      disaggregation: z.string(),
      action: z.enum(["create", "update", "delete", "unchanged"]),
      version: z.number(),
    }),
  ),
  findings: z.array(FindingView),
});
export type SaveResult = z.output<typeof SaveResult>;

export const AuditView = z.object({
  version: z.number(),
  at: z.string(),
  by: z.string(),
  via: z.string(),
  oldValue: z.number().nullable(),
  newValue: z.number().nullable(),
  oldStatus: z.string().nullable(),
  newStatus: z.string().nullable(),
  note: z.string().nullable(),
});

export const valueRoutes = {
  entry: defineRoute({
    method: "GET",
    path: "/api/entry",
    summary: "Biểu nhập số liệu của một đơn vị trong tháng, kèm kết quả kiểm tra",
    tag: "values",
    query: UnitMonth,
    response: EntryForm,
  }),
  save: defineRoute({
    method: "PUT",
    path: "/api/values",
    summary:
      "Lưu số liệu (tất cả hoặc không); số liệu đã bị người khác sửa sau khi mở biểu thì bị từ chối (409)",
    tag: "values",
    body: z.object({ values: z.array(ValueChange).min(1).max(5000) }),
    response: SaveResult,
  }),
  history: defineRoute({
    method: "GET",
    path: "/api/values/history",
    summary: "Lịch sử thay đổi của một số liệu",
    tag: "values",
    query: z.object({
      indicator: z.string(),
      unit: z.string(),
      period: MonthId,
      disaggregation: z.string().default(""),
    }),
    response: z.object({ entries: z.array(AuditView) }),
  }),
  validate: defineRoute({
    method: "GET",
    path: "/api/validate",
    summary: "Kiểm tra số liệu của một đơn vị trong tháng theo các quy tắc",
    tag: "values",
    query: UnitMonth,
    response: z.object({ findings: z.array(FindingView) }),
  }),
};
