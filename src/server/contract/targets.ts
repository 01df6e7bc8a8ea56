import { z } from "zod";
import { DefinitionAuditView, DefinitionVersion } from "./common.ts";
import { defineRoute } from "./define-route.ts";

const Year = z.coerce.number().int().min(1900).max(2200);

/** A kind of target as the "Loại chỉ tiêu" tab shows it. */
export const TargetKindView = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  /** How a report names it after "so với". */
  phraseVi: z.string(),
  description: z.string().optional(),
  version: z.string(),
  /** How many targets are of this kind (a kind in use cannot be removed). */
  used: z.number().int(),
});
export type TargetKindView = z.output<typeof TargetKindView>;

/** One target of a line, with the version a change must name. */
export const TargetCell = z.object({
  kind: z.string(),
  value: z.number(),
  dueDate: z.string().optional(),
  source: z.string().optional(),
  version: z.string(),
});
export type TargetCell = z.output<typeof TargetCell>;

/** A line of the targets table: an indicator's total or one of its options. */
export const TargetLineView = z.object({
  indicator: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unitNameVi: z.string(),
  category: z.string().optional(),
  option: z.string().optional(),
  optionNameVi: z.string().optional(),
  targets: z.array(TargetCell),
});
export type TargetLineView = z.output<typeof TargetLineView>;

/** Which target: the indicator (and option), kind and due date of a unit's year. */
const TargetIdentity = z.object({
  unit: z.string().min(1),
  year: Year,
  indicator: z.string().min(1),
  kind: z.string().min(1),
  option: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
  dueDate: z.string().optional(),
});

/** One cell of an uploaded targets workbook: what confirming would do. */
export const TargetUploadChangeView = z.object({
  cell: z.string(),
  indicator: z.string(),
  option: z.string().optional(),
  kind: z.string(),
  value: z.number(),
  stored: z.number().nullable(),
  /** `conflict`: changed by someone else after the template was downloaded; never written. */
  change: z.enum(["new", "changed", "unchanged", "conflict"]),
});
export type TargetUploadChangeView = z.output<typeof TargetUploadChangeView>;

export const targetRoutes = {
  kinds: defineRoute({
    method: "GET",
    path: "/api/target-kinds",
    summary: "Các loại chỉ tiêu kế hoạch (kế hoạch, tỉnh giao, Nghị quyết, dự toán HĐND…)",
    tag: "targets",
    response: z.object({ kinds: z.array(TargetKindView), canEdit: z.boolean() }),
  }),
  saveKind: defineRoute({
    method: "PUT",
    path: "/api/target-kinds/:code",
    summary: "Thêm (expected null) hoặc sửa một loại chỉ tiêu; phiên bản cũ trả 409",
    tag: "targets",
    params: z.object({ code: z.string().min(1).max(64) }),
    body: z.object({
      expected: DefinitionVersion.nullable(),
      nameVi: z.string().max(200),
      nameEn: z.string().max(200),
      phraseVi: z.string().max(200),
      description: z.string().max(1000).optional(),
    }),
    response: z.object({ kind: TargetKindView }),
  }),
  removeKind: defineRoute({
    method: "POST",
    path: "/api/target-kinds/:code/remove",
    summary: "Xóa một loại chỉ tiêu không còn chỉ tiêu nào dùng",
    tag: "targets",
    params: z.object({ code: z.string().min(1).max(64) }),
    body: z.object({ expected: DefinitionVersion }),
    response: z.object({ ok: z.literal(true) }),
  }),
  list: defineRoute({
    method: "GET",
    path: "/api/targets",
    summary: "Chỉ tiêu kế hoạch của một đơn vị trong một năm, theo chỉ tiêu và loại",
    tag: "targets",
    query: z.object({ unit: z.string().min(1), year: Year }),
    response: z.object({
      unit: z.string(),
      unitNameVi: z.string(),
      year: z.number().int(),
      lines: z.array(TargetLineView),
      canEdit: z.boolean(),
    }),
  }),
  save: defineRoute({
    method: "PUT",
    path: "/api/targets",
    summary: "Đặt hoặc sửa một chỉ tiêu kế hoạch (expected: phiên bản đã xem, null nếu mới)",
    tag: "targets",
    body: TargetIdentity.extend({
      value: z.number(),
      source: z.string().max(500).optional(),
      expected: DefinitionVersion.nullable(),
    }),
    response: z.object({ ok: z.literal(true) }),
  }),
  remove: defineRoute({
    method: "POST",
    path: "/api/targets/remove",
    summary: "Xóa một chỉ tiêu kế hoạch",
    tag: "targets",
    body: TargetIdentity.extend({ expected: DefinitionVersion }),
    response: z.object({ ok: z.literal(true) }),
  }),
  history: defineRoute({
    method: "GET",
    path: "/api/targets/history",
    summary: "Lịch sử thay đổi chỉ tiêu kế hoạch của một đơn vị trong một năm",
    tag: "targets",
    query: z.object({ unit: z.string().min(1), year: Year }),
    response: z.object({ entries: z.array(DefinitionAuditView) }),
  }),
  template: defineRoute({
    method: "GET",
    path: "/api/targets/xlsx",
    summary: "Tải mẫu Excel chỉ tiêu kế hoạch của một đơn vị trong một năm (mỗi loại một cột)",
    tag: "targets",
    query: z.object({ unit: z.string().min(1), year: Year }),
  }),
  upload: defineRoute({
    method: "POST",
    path: "/api/targets/upload",
    summary:
      "Gửi tệp Excel chỉ tiêu: xem trước (mới, sửa, không đổi); với confirm thì ghi tất cả hoặc không; lỗi ghi rõ sheet và ô",
    tag: "targets",
    body: z.object({
      unit: z.string().min(1),
      year: Year,
      fileName: z.string().min(1).max(255),
      /** The workbook, base64. */
      content: z.string().min(1).max(7_000_000),
      confirm: z.boolean().default(false),
    }),
    response: z.object({
      changes: z.array(TargetUploadChangeView),
      counts: z.object({
        new: z.number(),
        changed: z.number(),
        unchanged: z.number(),
        conflict: z.number(),
      }),
      written: z.boolean(),
    }),
  }),
};
