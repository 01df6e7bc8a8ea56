import { z } from "zod";
// The leaf modules, not the report index: the web app bundles the contract.
import { FIGURE_BASES } from "../../report/figure-basis.ts";
import { OUTPUT_FORMAT_CODES } from "../../report/output-formats.ts";
import { TEMPLATE_LIMITS } from "../../report/template/limits.ts";
import { PeriodId } from "./common.ts";
import { defineRoute } from "./define-route.ts";

const UnitPeriodParams = z.object({ unit: z.string(), period: PeriodId });

/** One version of a report: the draft being edited or an issued, frozen one. */
export const ReportVersion = z.object({
  version: z.number(),
  status: z.enum(["draft", "issued"]),
  updatedAt: z.string(),
  updatedBy: z.string(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
});

/** A check of the composed report; `error` blocks issuing. */
export const CheckView = z.object({
  kind: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  line: z.number().optional(),
});
export type CheckView = z.output<typeof CheckView>;

/** A live figure of the text: what it says, what it read, where it is in the template. */
export const FigureChip = z.object({
  line: z.number(),
  source: z.string(),
  format: z.string(),
  text: z.string(),
  value: z.union([z.number(), z.boolean()]).nullable(),
  status: z.enum(["estimate", "official"]).nullable(),
  references: z.array(z.object({ text: z.string(), value: z.number().nullable() })),
  problem: z.string().optional(),
  /** Forms not approved yet change it: it counts their values (`included`) or not (`left_out`). */
  unapproved: z.enum(["included", "left_out"]).optional(),
});
export type FigureChip = z.output<typeof FigureChip>;

/** Which figures a preview is composed from: every figure entered, or approved forms only. */
export const FigureBasis = z.enum(FIGURE_BASES);
export type FigureBasis = z.output<typeof FigureBasis>;

/** A report composed with live figures: the HTML preview, its figures and its checks. */
export const ReportPreview = z.object({
  html: z.string(),
  figures: z.array(FigureChip),
  checks: z.array(CheckView),
});
export type ReportPreview = z.output<typeof ReportPreview>;

/** The report of a unit and month as the editor opens it. */
export const ReportView = ReportPreview.extend({
  unit: z.string(),
  period: z.string(),
  current: ReportVersion.extend({ template: z.string() }),
  versions: z.array(ReportVersion),
});
export type ReportView = z.output<typeof ReportView>;

export const reportRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/reports",
    summary: "Các báo cáo của một đơn vị, kỳ mới nhất trước",
    tag: "reports",
    query: z.object({ unit: z.string() }),
    response: z.object({
      reports: z.array(z.object({ period: z.string() }).extend(ReportVersion.shape)),
    }),
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/reports/:unit/:period",
    summary: "Báo cáo của đơn vị trong kỳ: mẫu, bản xem trước với số liệu trực tiếp, kiểm tra",
    tag: "reports",
    params: UnitPeriodParams,
    response: ReportView,
  }),
  preview: defineRoute({
    method: "POST",
    path: "/api/reports/:unit/:period/preview",
    summary:
      "Xem trước một mẫu chưa lưu (không ghi gì), với mọi số liệu đã nhập (`figures=entered`, mặc định) hoặc chỉ số liệu của các báo cáo đã duyệt (`figures=approved`)",
    tag: "reports",
    params: UnitPeriodParams,
    query: z.object({ figures: FigureBasis.default("entered") }),
    body: z.object({ template: z.string().max(TEMPLATE_LIMITS.length) }),
    response: ReportPreview,
  }),
  saveDraft: defineRoute({
    method: "PUT",
    path: "/api/reports/:unit/:period/draft",
    summary: "Lưu bản nháp; bản nháp đã bị người khác lưu hoặc ban hành thì bị từ chối (409)",
    tag: "reports",
    params: UnitPeriodParams,
    body: z.object({
      template: z.string().max(TEMPLATE_LIMITS.length),
      expectedVersion: z.number().int(),
      /** `updatedAt` of the draft the editor opened: a save by someone else since is refused. */
      expectedUpdatedAt: z.string().optional(),
    }),
    response: ReportVersion,
  }),
  carryForward: defineRoute({
    method: "POST",
    path: "/api/reports/:unit/:period/carry-forward",
    summary: "Tạo bản nháp kỳ sau từ báo cáo kỳ này (giữ lời văn, tính lại số liệu)",
    tag: "reports",
    params: UnitPeriodParams,
    response: z.object({ period: z.string() }).extend(ReportVersion.shape),
  }),
  issue: defineRoute({
    method: "POST",
    path: "/api/reports/:unit/:period/issue",
    summary: "Ban hành bản nháp: số liệu được giữ nguyên như lúc ban hành",
    tag: "reports",
    params: UnitPeriodParams,
    body: z.object({ force: z.boolean().optional() }),
    response: ReportVersion,
  }),
  compare: defineRoute({
    method: "GET",
    path: "/api/reports/:unit/:period/compare",
    summary:
      "So sánh hai phiên bản: bản ban hành `from` với bản ban hành `to`, hoặc với bản nháp hiện tại (số liệu mới nhất) khi không có `to` — lời văn từng dòng và các số liệu đã đổi",
    tag: "reports",
    params: UnitPeriodParams,
    query: z.object({
      from: z.coerce.number().int().positive(),
      to: z.coerce.number().int().positive().optional(),
    }),
    response: z.object({
      text: z.array(z.object({ kind: z.enum(["same", "added", "removed"]), text: z.string() })),
      figures: z.array(
        z.object({
          source: z.string(),
          line: z.number(),
          before: z.string().nullable(),
          after: z.string().nullable(),
        }),
      ),
    }),
  }),
  download: defineRoute({
    method: "GET",
    path: "/api/reports/:unit/:period/download",
    summary:
      "Tải báo cáo (DOCX, PDF, HTML, Markdown): bản ban hành nếu có `version`, không thì bản nháp với số liệu hiện tại",
    tag: "reports",
    params: UnitPeriodParams,
    query: z.object({
      format: z.enum(OUTPUT_FORMAT_CODES).default("docx"),
      version: z.coerce.number().int().positive().optional(),
    }),
  }),
};
