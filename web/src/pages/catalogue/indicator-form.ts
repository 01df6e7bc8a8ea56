import type { CatalogueEditBody, IndicatorView } from "../../api/contract.ts";

type IndicatorInput = Extract<CatalogueEditBody, { kind: "indicator" }>["indicator"];

/** The indicator editor's fields, flat (the form's shape). */
export interface IndicatorForm {
  code: string;
  nameVi: string;
  nameEn: string;
  sector: string;
  subGroup?: string;
  valueType: string;
  unit?: string;
  decimals?: number | null;
  overTime?: string;
  overUnits?: string;
  weight?: string;
  direction?: string;
  disaggregations?: string[];
  formula?: string;
  rangeMin?: number | null;
  rangeMax?: number | null;
  description?: string;
}

/** The form's starting values: the indicator edited, or a new number summed both ways. */
export function indicatorFormOf(i: IndicatorView | undefined): Partial<IndicatorForm> {
  if (!i)
    return { sector: "economy", valueType: "number", overTime: "sum", overUnits: "sum", code: "" };
  return {
    code: i.code,
    nameVi: i.nameVi,
    nameEn: i.nameEn,
    sector: i.sector,
    ...(i.subGroup ? { subGroup: i.subGroup } : {}),
    valueType: i.valueType,
    unit: i.unit,
    decimals: i.decimals,
    overTime: i.overTime,
    overUnits: i.overUnits,
    ...(i.weight ? { weight: i.weight } : {}),
    direction: i.direction,
    disaggregations: i.disaggregations.map((d) => d.set),
    formula: i.formula ?? "",
    rangeMin: i.range?.min ?? null,
    rangeMax: i.range?.max ?? null,
    description: i.description ?? "",
  };
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The indicator as the API takes it (the catalogue file's shape). A category set the indicator
 * already used keeps its narrowed options and total rule; the server checks everything else.
 */
export function indicatorInputOf(
  f: IndicatorForm,
  editing: IndicatorView | undefined,
): IndicatorInput {
  const overUnits = f.overUnits
    ? f.weight && f.overUnits.startsWith("weighted")
      ? { kind: f.overUnits, weight: f.weight }
      : f.overUnits
    : undefined;
  const range =
    (f.rangeMin ?? null) !== null || (f.rangeMax ?? null) !== null
      ? { min: f.rangeMin ?? null, max: f.rangeMax ?? null }
      : undefined;
  const optional = {
    subGroup: text(f.subGroup),
    unit: text(f.unit),
    decimals: f.decimals ?? undefined,
    direction: text(f.direction),
    formula: text(f.formula),
    description: text(f.description),
    range,
    aggregation:
      f.overTime || overUnits
        ? { ...(f.overTime ? { overTime: f.overTime } : {}), ...(overUnits ? { overUnits } : {}) }
        : undefined,
    disaggregations: f.disaggregations?.length
      ? f.disaggregations.map((set) => {
          const used = editing?.disaggregations.find((d) => d.set === set);
          return used
            ? { set, options: used.options.map((o) => o.code), totalRule: used.totalRule }
            : set;
        })
      : undefined,
  };
  return {
    code: f.code.trim(),
    nameVi: f.nameVi.trim(),
    nameEn: f.nameEn.trim(),
    sector: f.sector,
    valueType: f.valueType,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}
