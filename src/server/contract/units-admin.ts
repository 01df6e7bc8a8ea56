import { z } from "zod";
import { IsoDate, UnitCode } from "./common.ts";
import { defineRoute } from "./define-route.ts";

const Name = z.string().trim().min(1, "Tên đơn vị không được để trống").max(200);
const UnitKind = z.enum(["province", "district", "commune", "agency"]);

/** A unit an act creates; it exists from the act's date. */
export const NewUnitInput = z.object({
  code: z
    .string()
    .regex(
      /^[A-Z0-9_]{2,64}$/,
      "Mã đơn vị gồm chữ in hoa không dấu, số và dấu _, ví dụ XA_TAN_MOI",
    ),
  nameVi: Name,
  nameEn: Name,
  kind: UnitKind,
  parent: UnitCode.nullable(),
});

/** What every act carries: its date, legal basis, reason and the versions the administrator saw. */
const ActBase = z.object({
  date: IsoDate,
  basis: z.string().max(300).optional(),
  comment: z.string().max(1000).optional(),
  /** Each existing unit the act touches → the `version` the units list showed for it. */
  versions: z.record(z.string(), z.string().nullable()).default({}),
});

/** One administrative act on the units, by its `act`. */
export const UnitActInput = z.discriminatedUnion("act", [
  ActBase.extend({ act: z.literal("add"), unit: NewUnitInput }),
  ActBase.extend({ act: z.literal("rename"), unit: UnitCode, nameVi: Name, nameEn: Name }),
  ActBase.extend({ act: z.literal("move"), unit: UnitCode, parent: UnitCode.nullable() }),
  ActBase.extend({
    act: z.literal("merge"),
    sources: z.array(UnitCode).min(1).max(50),
    target: UnitCode,
    newUnits: z.array(NewUnitInput).max(1).optional(),
  }),
  ActBase.extend({
    act: z.literal("split"),
    source: UnitCode,
    targets: z
      .array(z.object({ unit: UnitCode, weight: z.number() }))
      .min(1)
      .max(50),
    newUnits: z.array(NewUnitInput).max(50).optional(),
  }),
  ActBase.extend({ act: z.literal("dissolve"), unit: UnitCode }),
]);
export type UnitActInput = z.input<typeof UnitActInput>;

const PreviewUnit = z.object({
  code: z.string(),
  nameVi: z.string(),
  kind: z.string(),
  parent: z.string().nullable(),
  changed: z.boolean(),
});

/** How an act remaps history: the tree around it on both sides of its date, and figures. */
export const UnitsPreview = z.object({
  date: z.string(),
  dayBefore: z.string(),
  before: z.array(PreviewUnit),
  after: z.array(PreviewUnit),
  period: z.string().nullable(),
  figures: z.array(
    z.object({
      indicator: z.string(),
      nameVi: z.string(),
      measureUnit: z.string(),
      decimals: z.number().int(),
      rows: z.array(
        z.object({
          unit: z.string(),
          nameVi: z.string(),
          before: z.number().nullable(),
          after: z.number().nullable(),
          existsBefore: z.boolean(),
          existsAfter: z.boolean(),
        }),
      ),
    }),
  ),
});
export type UnitsPreview = z.output<typeof UnitsPreview>;

/** One change of a unit made from the administration screen. */
export const UnitAuditEntry = z.object({
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  comment: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});
export type UnitAuditEntry = z.output<typeof UnitAuditEntry>;

export const unitsAdminRoutes = {
  change: defineRoute({
    method: "POST",
    path: "/api/admin/units/changes",
    summary:
      "Thêm, đổi tên, chuyển cấp trên, sáp nhập, chia tách hoặc giải thể đơn vị (dryRun: xem trước cách số liệu cũ được tính lại)",
    tag: "units",
    body: z.object({ dryRun: z.boolean().default(false), change: UnitActInput }),
    response: z.object({
      saved: z.boolean(),
      events: z.array(z.string()),
      preview: UnitsPreview.optional(),
    }),
  }),
  audit: defineRoute({
    method: "GET",
    path: "/api/admin/units/:code/audit",
    summary: "Nhật ký thay đổi một đơn vị từ màn hình quản trị",
    tag: "units",
    params: z.object({ code: UnitCode }),
    response: z.object({ entries: z.array(UnitAuditEntry) }),
  }),
};
