import { z } from "zod";
import { RULE_OPERATORS, SEVERITIES } from "../core/validation/index.ts";

// The shape of a catalogue file. It checks only what a file can get wrong structurally (a
// missing key, a number written as text); the meaning — unknown codes, cycles, units that do
// not fit — is checked by the core, whose messages are mapped back to lines of the file.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "cần ngày dạng YYYY-MM-DD");
const code = z.string().min(1);
const names = { nameVi: z.string().min(1), nameEn: z.string().min(1) };

const orgUnit = z
  .object({
    code,
    ...names,
    kind: z.enum(["province", "district", "commune", "agency"]),
    parent: code.nullable().default(null),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .strict();

const eventBase = { id: code, date: isoDate, basis: z.string().optional() };
const unitEvent = z.discriminatedUnion("kind", [
  z.object({ ...eventBase, kind: z.literal("rename"), unit: code, ...names }).strict(),
  z.object({ ...eventBase, kind: z.literal("move"), unit: code, parent: code.nullable() }).strict(),
  z
    .object({ ...eventBase, kind: z.literal("merge"), sources: z.array(code).min(1), target: code })
    .strict(),
  z
    .object({
      ...eventBase,
      kind: z.literal("split"),
      source: code,
      targets: z.array(z.object({ unit: code, weight: z.number() }).strict()).min(1),
    })
    .strict(),
  z.object({ ...eventBase, kind: z.literal("dissolve"), unit: code }).strict(),
]);

const indicator = z
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
          .union([
            z.string(),
            z.object({ kind: z.string(), weight: z.string().optional() }).strict(),
          ])
          .optional(),
      })
      .strict()
      .optional(),
    disaggregations: z
      .array(
        z.union([
          z.string(),
          z
            .object({
              set: z.string(),
              options: z.array(z.string()).optional(),
              totalRule: z.string().optional(),
            })
            .strict(),
        ]),
      )
      .optional(),
    decimals: z.number().int().optional(),
    direction: z.string().optional(),
    formula: z.string().optional(),
    description: z.string().optional(),
    /** Plausible range of stored values; null lifts the bound the measure unit implies. */
    range: z
      .object({ min: z.number().nullable().optional(), max: z.number().nullable().optional() })
      .strict()
      .optional(),
  })
  .strict();

const categorySet = z
  .object({
    code,
    ...names,
    options: z.array(z.object({ code, ...names }).strict()).min(1),
    totalRule: z.string().optional(),
  })
  .strict();

const subGroup = z.object({ code, sector: z.string(), ...names }).strict();

const measureUnit = z
  .object({
    code,
    symbol: z.string(),
    nameEn: z.string(),
    dimension: z.string(),
    factor: z.number().positive(),
  })
  .strict();

/** A kind of target (a source of plans): its code is what formulas write, `target(x, code)`. */
const targetKind = z
  .object({
    code,
    ...names,
    /** How a report names it after "so với": "dự toán HĐND xã giao". */
    phraseVi: z.string().min(1),
    description: z.string().optional(),
  })
  .strict();

const target = z
  .object({
    indicator: code,
    reportingUnit: code,
    year: z.number().int(),
    kind: z.string(),
    value: z.number(),
    /** The category set of `option`; needed only when the option's code is in two sets. */
    category: code.optional(),
    /** One option of one of the indicator's disaggregations (`he_thu`); absent for the total. */
    option: code.optional(),
    dueDate: isoDate.optional(),
    source: z.string().optional(),
  })
  .strict();

const rule = z
  .object({
    code,
    left: z.string().min(1),
    operator: z.enum(RULE_OPERATORS),
    right: z.string().min(1),
    severity: z.enum(SEVERITIES),
    message: z.string().min(1),
    tolerance: z.number().nonnegative().optional(),
    decimals: z.number().int().optional(),
  })
  .strict();

/** Who reports what, how often, with which cut-off and deadline; other fields are kept as given. */
const regime = z
  .object({
    code,
    nameVi: z.string().min(1),
    nameEn: z.string().optional(),
    frequency: z.enum(["month", "quarter", "half", "nine_months", "year"]),
    cutoff: z.enum(["calendar", "decree09"]),
    deadlineDay: z.number().int().min(1).max(31).optional(),
    /** Days after the due date the period locks (`true`: 5); absent, no lock by date. */
    lockAfterDays: z.union([z.number().int().min(0).max(366), z.literal(true)]).optional(),
    /** The units that report under this regime. */
    reportingUnits: z.array(code).default([]),
    /** The indicators they report. */
    indicators: z.array(code).default([]),
  })
  .loose();

/** A catalogue file (YAML or JSON): every part optional, so a file may carry only targets. */
export const catalogueFileSchema = z
  .object({
    /** The format version the file was written for. */
    version: z.union([z.string(), z.number()]).optional(),
    /** What the file is: name, source, author… kept for people, not read by baocao. */
    dataset: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    units: z.array(orgUnit).optional(),
    events: z.array(unitEvent).optional(),
    subGroups: z.array(subGroup).optional(),
    categorySets: z.array(categorySet).optional(),
    extraUnits: z.array(measureUnit).optional(),
    indicators: z.array(indicator).optional(),
    targetKinds: z.array(targetKind).optional(),
    targets: z.array(target).optional(),
    rules: z.array(rule).optional(),
    regimes: z.array(regime).optional(),
  })
  .strict();

/** The parsed content of a catalogue file. */
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
