import { z } from "zod";
import { BaocaoError } from "../../core/errors.ts";
import { parseDisaggregationKey } from "../../engine/index.ts";
import { fileProblemsError } from "../located-error.ts";
import { parseYamlSource } from "../yaml-source.ts";

const combo = z
  .object({
    /** The DHIS2 category option combo uid (CSV and JSON). */
    uid: z.string().min(1),
    /** baocao disaggregation key, "" for the total. */
    disaggregation: z.string().default(""),
    /** ADX category attributes (category code → option code), e.g. `{ GENDER: FMLE }`; default: the disaggregation's own codes. */
    adx: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** The mapping file between DHIS2 identifiers and baocao codes (YAML or JSON). */
export const dhis2MappingSchema = z
  .object({
    /** Data set uid written on export (optional). */
    dataSet: z.string().optional(),
    /** Attribute option combo uid written on export (DHIS2's default when absent). */
    attributeOptionCombo: z.string().optional(),
    orgUnits: z
      .array(
        z
          .object({ uid: z.string().min(1), code: z.string().optional(), unit: z.string().min(1) })
          .strict(),
      )
      .min(1),
    dataElements: z
      .array(
        z
          .object({
            uid: z.string().min(1),
            /** DHIS2 code, used by ADX. */
            code: z.string().optional(),
            indicator: z.string().min(1),
            /** Combos used by this data element; absent: only the default combo, the total. */
            categoryOptionCombos: z.array(combo).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** DHIS2's default category option combo uid (the total of an element without categories). */
export const DEFAULT_COMBO = "HllvX50cXC0";

/** A mapping ready for lookups both ways. */
export interface Dhis2Mapping {
  readonly dataSet?: string;
  readonly attributeOptionCombo?: string;
  /** DHIS2 org unit uid or code → baocao unit. */
  unitOf(id: string): string | undefined;
  /** baocao unit → DHIS2 org unit (uid and code). */
  orgUnitOf(unit: string): { uid: string; code?: string } | undefined;
  /** DHIS2 data element uid or code → its entry. */
  elementOf(id: string): ElementMapping | undefined;
  /** baocao indicator → its data element entry. */
  elementFor(indicator: string): ElementMapping | undefined;
}

/** One data element and its combos. */
export interface ElementMapping {
  readonly uid: string;
  readonly code?: string;
  readonly indicator: string;
  readonly combos: readonly {
    readonly uid: string;
    readonly disaggregation: string;
    readonly adx: Readonly<Record<string, string>>;
  }[];
}

/** Reads a mapping file; every problem names the file, line and column. */
export function readDhis2Mapping(text: string, file: string): Dhis2Mapping {
  const source = parseYamlSource(text, file);
  if ("problems" in source) throw fileProblemsError(source.problems);
  const parsed = dhis2MappingSchema.safeParse(source.data ?? {});
  if (!parsed.success)
    throw fileProblemsError(
      parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.join("."),
        code: "dhis2.invalid_mapping",
        message: issue.message,
      })),
    );
  const m = parsed.data;
  const elements: ElementMapping[] = m.dataElements.map((e) => ({
    uid: e.uid,
    ...(e.code ? { code: e.code } : {}),
    indicator: e.indicator,
    // A combo without ADX attributes is written with baocao's own set and option codes.
    combos: (e.categoryOptionCombos ?? [{ uid: DEFAULT_COMBO, disaggregation: "", adx: {} }]).map(
      (c) => ({
        ...c,
        adx: Object.keys(c.adx).length > 0 ? c.adx : parseDisaggregationKey(c.disaggregation),
      }),
    ),
  }));
  const byUnit = new Map(m.orgUnits.map((o) => [o.unit, o]));
  const byOrgUnit = new Map(
    m.orgUnits.flatMap(
      (o) => [[o.uid, o.unit], ...(o.code ? [[o.code, o.unit]] : [])] as [string, string][],
    ),
  );
  const byElement = new Map(
    elements.flatMap(
      (e) => [[e.uid, e], ...(e.code ? [[e.code, e]] : [])] as [string, ElementMapping][],
    ),
  );
  const byIndicator = new Map<string, ElementMapping>();
  for (const e of elements) {
    if (byIndicator.has(e.indicator))
      throw new BaocaoError(
        "dhis2.invalid_mapping",
        `tệp ${file}: chỉ tiêu ${e.indicator} được gán cho hai phần tử dữ liệu DHIS2.`,
        { file, indicator: e.indicator },
      );
    byIndicator.set(e.indicator, e);
  }
  return {
    ...(m.dataSet ? { dataSet: m.dataSet } : {}),
    ...(m.attributeOptionCombo ? { attributeOptionCombo: m.attributeOptionCombo } : {}),
    unitOf: (id) => byOrgUnit.get(id),
    orgUnitOf: (unit) => byUnit.get(unit),
    elementOf: (id) => byElement.get(id),
    elementFor: (indicator) => byIndicator.get(indicator),
  };
}
