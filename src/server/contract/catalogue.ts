import { z } from "zod";
import { IsoDate } from "./common.ts";
import { defineRoute } from "./define-route.ts";

/** An indicator as the browser and forms show it. */
export const IndicatorView = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  sector: z.string(),
  subGroup: z.string().nullable(),
  unit: z.string(),
  unitNameVi: z.string(),
  valueType: z.string(),
  decimals: z.number(),
  direction: z.string(),
  overTime: z.string(),
  overUnits: z.string(),
  formula: z.string().nullable(),
  disaggregations: z.array(
    z.object({
      set: z.string(),
      nameVi: z.string(),
      totalRule: z.string(),
      options: z.array(z.object({ code: z.string(), nameVi: z.string() })),
    }),
  ),
  description: z.string().nullable(),
  /** The weighting indicator of a weighted average over units. */
  weight: z.string().nullable(),
  /** The plausible range of stored values, when the catalogue sets one. */
  range: z
    .object({ min: z.number().nullable().optional(), max: z.number().nullable().optional() })
    .nullable(),
  /** The version an edit of this indicator names (409 when it moved on). */
  version: z.string(),
});
export type IndicatorView = z.output<typeof IndicatorView>;

/** The whole catalogue, sectors and sub-groups in report order. */
export const CatalogueView = z.object({
  sectors: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
  subGroups: z.array(
    z.object({ code: z.string(), sector: z.string(), nameVi: z.string(), nameEn: z.string() }),
  ),
  indicators: z.array(IndicatorView),
});
export type CatalogueView = z.output<typeof CatalogueView>;

/** A unit as of a date, with its place in the tree. */
export const UnitView = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  parent: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type UnitView = z.output<typeof UnitView>;

export const catalogueRoutes = {
  catalogue: defineRoute({
    method: "GET",
    path: "/api/catalogue",
    summary: "Danh mục chỉ tiêu",
    tag: "catalogue",
    response: CatalogueView,
  }),
  units: defineRoute({
    method: "GET",
    path: "/api/units",
    summary: "Cây đơn vị tại một ngày (mặc định hôm nay), kèm các đơn vị đã giải thể khi hỏi `all`",
    tag: "catalogue",
    query: z.object({
      asOf: IsoDate.optional(),
    }),
    // `version`: what an administrator's change of the unit names (services/units-admin).
    response: z.object({
      asOf: z.string(),
      units: z.array(UnitView.extend({ version: z.string() })),
    }),
  }),
  unitHistory: defineRoute({
    method: "GET",
    path: "/api/units/:code/history",
    summary: "Lịch sử một đơn vị: tên, cấp trên, đơn vị tiền thân và kế thừa",
    tag: "catalogue",
    params: z.object({ code: z.string() }),
    response: z.object({
      unit: UnitView,
      names: z.array(z.object({ from: z.string(), nameVi: z.string() })),
      parents: z.array(z.object({ from: z.string(), parent: z.string().nullable() })),
      predecessors: z.array(z.string()),
      successors: z.array(z.string()),
    }),
  }),
};
