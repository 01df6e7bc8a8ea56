import { z } from "zod";
import { MonthId } from "./common.ts";
import { defineRoute } from "./define-route.ts";

/** One line of an upload's preview: what confirming it would do. */
export const FormChangeView = z.object({
  /** `Biểu 01!F12`. */
  cell: z.string(),
  unit: z.string(),
  period: z.string(),
  indicator: z.string(),
  nameVi: z.string(),
  disaggregation: z.string(),
  kind: z.enum(["new", "changed", "unchanged", "conflict"]),
  stored: z.union([z.number(), z.string()]).nullable(),
  uploaded: z.union([z.number(), z.string()]).nullable(),
  storedBy: z.string().optional(),
  storedAt: z.string().optional(),
});
export type FormChangeView = z.output<typeof FormChangeView>;

/** The preview of an uploaded form, and (after confirming) how many values were written. */
export const FormUploadResult = z.object({
  changes: z.array(FormChangeView),
  counts: z.object({
    new: z.number(),
    changed: z.number(),
    unchanged: z.number(),
    conflict: z.number(),
  }),
  /** Whether the new and changed values were written (`confirm: true`). */
  written: z.boolean(),
});
export type FormUploadResult = z.output<typeof FormUploadResult>;

export const formRoutes = {
  download: defineRoute({
    method: "GET",
    path: "/api/forms/xlsx",
    summary:
      "Tải biểu mẫu Excel để nhập số liệu của một hay nhiều đơn vị (mỗi đơn vị một sheet) trong một tháng",
    tag: "forms",
    query: z.object({
      /** Unit codes joined by commas: `PHUONG_1,PHUONG_2`. */
      units: z.string().min(1).max(4000),
      period: MonthId,
    }),
  }),
  upload: defineRoute({
    method: "POST",
    path: "/api/forms/upload",
    summary:
      "Gửi biểu mẫu Excel đã điền: xem trước thay đổi (mới, sửa, không đổi, xung đột); với confirm thì ghi (tất cả hoặc không); số liệu đã bị sửa sau khi tải biểu là xung đột, không bao giờ bị ghi đè",
    tag: "forms",
    body: z.object({
      fileName: z.string().min(1).max(255),
      /** The workbook, base64. */
      content: z.string().min(1).max(7_000_000),
      confirm: z.boolean().default(false),
    }),
    response: FormUploadResult,
  }),
};
