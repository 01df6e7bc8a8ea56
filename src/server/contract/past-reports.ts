import { z } from "zod";
import { TEMPLATE_LIMITS } from "../../report/template/limits.ts";
import { MonthId, UnitCode } from "./common.ts";
import { defineRoute } from "./define-route.ts";
import { FormUploadResult } from "./forms.ts";

/** A value read back from a past report, with the sentence it came from and what is stored now. */
export const RecoveredValueView = z.object({
  unit: z.string(),
  period: z.string(),
  indicator: z.string(),
  nameVi: z.string(),
  /** `set=option`, or "" for the total. */
  disaggregation: z.string(),
  /** The option's name ("Hè Thu"), or "" for the total. */
  optionVi: z.string(),
  /** The measure unit as a report writes it ("tấn", "triệu đồng"). */
  unitVi: z.string(),
  value: z.number(),
  /** 0–1: how alike the report's sentence is to the template's. */
  confidence: z.number(),
  file: z.string(),
  sentence: z.string(),
  /** How the report wrote the figure ("240.849"). */
  written: z.string(),
  /** The note an imported value carries: the file and the sentence. */
  note: z.string(),
  /** What is stored now for that key, and its version (an import over a newer one is a conflict). */
  stored: z.union([z.number(), z.string()]).nullable(),
  version: z.number().int(),
});
export type RecoveredValueView = z.output<typeof RecoveredValueView>;

/** A figure of the template the reader did not turn into a value, and why. */
export const UnreadFigureView = z.object({
  file: z.string(),
  /** The template's expression (`ytd(rice_output)`). */
  figure: z.string(),
  line: z.number().int(),
  reason: z.string(),
  sentence: z.string().optional(),
});

/** A figure that cannot be inverted, recomputed from the values read and compared. */
export const ExtractCheckView = z.object({
  file: z.string(),
  figure: z.string(),
  verdict: z.enum(["agree", "disagree", "unknown"]),
  written: z.string(),
  expected: z.string().optional(),
  reason: z.string().optional(),
});

const ReportFile = z.object({
  fileName: z.string().min(1).max(255),
  /** The file (.docx, .pdf, .txt, .md), base64. */
  content: z.string().min(1).max(7_000_000),
});

/**
 * A year of monthly reports as PDF (a few hundred KB each saved from Word, a third more in
 * base64) needs more than the server's 5 MiB a request.
 */
export const PAST_REPORTS_BODY_LIMIT = 32 * 1024 * 1024;

export const pastReportRoutes = {
  read: defineRoute({
    method: "POST",
    path: "/api/past-reports/read",
    summary:
      "Đọc lại số liệu từ các báo cáo cũ (.docx, .pdf có lớp chữ, .txt, .md) viết theo mẫu báo cáo của đơn vị: số đọc được kèm câu, số không đọc được và vì sao, và phần kiểm tra",
    tag: "past-reports",
    bodyLimit: PAST_REPORTS_BODY_LIMIT,
    body: z.object({
      unit: UnitCode,
      /** The month the past reports are of (e.g. last year's August). */
      period: MonthId,
      /** The template they were written from; the unit's own latest template when left out. */
      template: z.string().max(TEMPLATE_LIMITS.length).optional(),
      files: z.array(ReportFile).min(1).max(12),
    }),
    response: z.object({
      values: z.array(RecoveredValueView),
      unread: z.array(UnreadFigureView),
      checks: z.array(ExtractCheckView),
      summary: z.array(z.string()),
    }),
  }),
  import: defineRoute({
    method: "POST",
    path: "/api/past-reports/import",
    summary:
      "Nhập các số đã đọc lại (sau khi người dùng xem và sửa): xem trước thay đổi; với confirm thì ghi (tất cả hoặc không; số đã bị sửa sau khi đọc là xung đột, không bị ghi đè)",
    tag: "past-reports",
    body: z.object({
      values: z
        .array(
          z.object({
            unit: UnitCode,
            period: MonthId,
            indicator: z.string().min(1).max(200),
            disaggregation: z.string().max(400),
            value: z.number(),
            note: z.string().max(2000),
            version: z.number().int().min(0),
          }),
        )
        .min(1)
        .max(5000),
      confirm: z.boolean().default(false),
    }),
    response: FormUploadResult,
  }),
};
