import { z } from "zod";
// Leaf modules, not the core's indexes: the web app bundles the contract.
import { RULE_OPERATORS, SEVERITIES } from "../../core/validation/rule.ts";
import { DefinitionAuditView, MonthId, UnitCode } from "./common.ts";
import { defineRoute } from "./define-route.ts";

// The shapes an administrator edits, as in a catalogue file (formats/catalogue-schema.ts); what
// they mean (unknown codes, units that do not fit, formulas) is checked by the import path.
const code = z.string().trim().min(1).max(64);
const names = {
  nameVi: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().min(1).max(300),
};
const version = z.string().max(64);

/** An indicator as the editor sends it. */
export const IndicatorInputBody = z
  .object({
    code,
    ...names,
    sector: z.string(),
    subGroup: z.string().optional(),
    unit: z.string().optional(),
    valueType: z.string(),
    aggregation: z
      .object({
        overTime: z.string().optional(),
        overUnits: z
          .union([z.string(), z.object({ kind: z.string(), weight: z.string().optional() })])
          .optional(),
      })
      .optional(),
    disaggregations: z
      .array(
        z.union([
          z.string(),
          z.object({
            set: z.string(),
            options: z.array(z.string()).optional(),
            totalRule: z.string().optional(),
          }),
        ]),
      )
      .max(10)
      .optional(),
    decimals: z.number().int().optional(),
    direction: z.string().optional(),
    formula: z.string().max(2000).optional(),
    description: z.string().max(2000).optional(),
    range: z
      .object({ min: z.number().nullable().optional(), max: z.number().nullable().optional() })
      .optional(),
  })
  .strict();

/** A measure unit (đơn vị tính) added to the built-in table. */
export const MeasureUnitBody = z
  .object({
    code,
    symbol: z.string().trim().min(1).max(60),
    nameEn: z.string().trim().min(1).max(120),
    dimension: z.string().trim().min(1).max(60),
    factor: z.number().positive(),
  })
  .strict();

/** A category set (phân tổ) with its options. */
export const CategorySetBody = z
  .object({
    code,
    ...names,
    options: z
      .array(z.object({ code, ...names }).strict())
      .min(1)
      .max(100),
    totalRule: z.string().optional(),
  })
  .strict();

/** A validation rule (quy tắc kiểm tra). */
export const RuleBody = z
  .object({
    code,
    left: z.string().min(1).max(2000),
    operator: z.enum(RULE_OPERATORS),
    right: z.string().min(1).max(2000),
    severity: z.enum(SEVERITIES),
    message: z.string().trim().min(1).max(1000),
    tolerance: z.number().nonnegative().optional(),
    decimals: z.number().int().optional(),
  })
  .strict();

/** A reporting form (biểu mẫu, chế độ báo cáo): who reports what, cut-off, due day, lock. */
export const RegimeBody = z
  .object({
    code,
    nameVi: z.string().trim().min(1).max(300),
    nameEn: z.string().max(300).optional(),
    frequency: z.enum(["month", "quarter", "half", "nine_months", "year"]),
    cutoff: z.enum(["calendar", "decree09"]),
    deadlineDay: z.number().int().min(1).max(31).optional(),
    lockAfterDays: z.union([z.number().int().min(0).max(366), z.literal(true)]).optional(),
    reportingUnits: z.array(code).max(2000),
    indicators: z.array(code).max(2000),
  })
  .strict();

/** One edit of the catalogue screen; `expected` is the version shown, null for a new one. */
export const CatalogueEditBody = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("indicator"),
    expected: version.nullable(),
    indicator: IndicatorInputBody,
  }),
  z.object({
    kind: z.literal("measure_unit"),
    expected: version.nullable(),
    unit: MeasureUnitBody,
  }),
  z.object({ kind: z.literal("category_set"), expected: version.nullable(), set: CategorySetBody }),
  z.object({ kind: z.literal("rule"), expected: version.nullable(), rule: RuleBody }),
  z.object({ kind: z.literal("remove_rule"), expected: version, code }),
  z.object({ kind: z.literal("regime"), expected: version.nullable(), regime: RegimeBody }),
]);
export type CatalogueEditBody = z.input<typeof CatalogueEditBody>;

/** The live check of a formula: its dependencies, or the located error. */
export const FormulaCheck = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), dependencies: z.array(z.string()) }),
  z.object({
    ok: z.literal(false),
    code: z.string(),
    message: z.string(),
    line: z.number().nullable(),
    column: z.number().nullable(),
  }),
]);
export type FormulaCheck = z.output<typeof FormulaCheck>;

const figurePair = z.object({ value: z.number().nullable(), ytd: z.number().nullable() });

/** An indicator's figure at a unit and month before and after a previewed change. */
export const FigurePreviewView = z.object({
  indicator: z.string(),
  unit: z.string(),
  period: z.string(),
  before: figurePair,
  after: figurePair,
});
export type FigurePreviewView = z.output<typeof FigurePreviewView>;

const withVersion = { version: z.string() };
const text = z.string();
const optionView = z.object({ code: text, nameVi: text, nameEn: text });

/** Measure units, category sets, rules and forms with versions, and the editor's choices. */
export const CatalogueDefinitionsView = z.object({
  mayManage: z.boolean(),
  measureUnits: z.array(
    z.object({
      code: text,
      symbol: text,
      nameEn: text,
      dimension: text,
      factor: z.number(),
      builtIn: z.boolean(),
      ...withVersion,
    }),
  ),
  categorySets: z.array(
    z.object({
      ...optionView.shape,
      options: z.array(optionView),
      totalRule: text,
      ...withVersion,
    }),
  ),
  rules: z.array(
    z.object({
      code: text,
      left: text,
      operator: text,
      right: text,
      severity: text,
      message: text,
      tolerance: z.number().optional(),
      decimals: z.number().optional(),
      ...withVersion,
    }),
  ),
  regimes: z.array(
    z
      .object({
        code: text,
        nameVi: text,
        nameEn: text.optional(),
        frequency: text,
        cutoff: text,
        deadlineDay: z.number().optional(),
        lockAfterDays: z.union([z.number(), z.literal(true)]).optional(),
        reportingUnits: z.array(text),
        indicators: z.array(text),
        ...withVersion,
      })
      .loose(),
  ),
  choices: z.object({
    valueTypes: z.array(z.string()),
    directions: z.array(z.string()),
    totalRules: z.array(z.string()),
    operators: z.array(z.string()),
    severities: z.array(z.string()),
    aggregations: z.record(
      z.string(),
      z.object({ overTime: z.array(z.string()), overUnits: z.array(z.string()) }),
    ),
  }),
});
export type CatalogueDefinitionsView = z.output<typeof CatalogueDefinitionsView>;

export const catalogueAdminRoutes = {
  definitions: defineRoute({
    method: "GET",
    path: "/api/catalogue/definitions",
    summary: "Đơn vị tính, phân tổ, quy tắc kiểm tra và biểu mẫu báo cáo, kèm phiên bản",
    tag: "catalogue",
    response: CatalogueDefinitionsView,
  }),
  change: defineRoute({
    method: "POST",
    path: "/api/admin/catalogue/changes",
    summary:
      "Thêm hoặc sửa chỉ tiêu, đơn vị tính, phân tổ, quy tắc, biểu mẫu (dryRun: chỉ kiểm tra); 409 khi phiên bản đã cũ",
    tag: "catalogue",
    body: z.object({
      dryRun: z.boolean().default(false),
      change: CatalogueEditBody,
      /** With a dry run of an indicator's edit: its figure at this unit and month before → after. */
      previewAt: z.object({ unit: UnitCode, period: MonthId }).optional(),
    }),
    response: z.object({
      dryRun: z.boolean(),
      preview: FigurePreviewView.optional(),
      summary: z.object({ indicators: z.number(), rules: z.number(), regimes: z.number() }),
      audit: z.array(z.object({ kind: z.string(), code: z.string(), action: z.string() })),
    }),
  }),
  checkFormula: defineRoute({
    method: "POST",
    path: "/api/admin/catalogue/check-formula",
    summary: "Kiểm tra một công thức khi đang gõ: lỗi kèm dòng, cột, hoặc các chỉ tiêu nó dùng",
    tag: "catalogue",
    body: z.object({ formula: z.string().max(2000), indicator: z.string().max(64).optional() }),
    response: FormulaCheck,
  }),
  audit: defineRoute({
    method: "GET",
    path: "/api/admin/catalogue/audit",
    summary: "Lịch sử sửa danh mục (theo loại và mã)",
    tag: "catalogue",
    query: z.object({ kind: z.string().max(40).optional(), code: z.string().max(64).optional() }),
    response: z.object({ entries: z.array(DefinitionAuditView) }),
  }),
};
