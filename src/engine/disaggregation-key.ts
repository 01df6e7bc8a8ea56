import type { Catalogue, Indicator } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import type { ReferenceQuery } from "../core/formula/index.ts";

/** A disaggregation as category set → option, e.g. `{ school_level: "tieu_hoc" }`. */
export type Disaggregation = Readonly<Record<string, string>>;

/**
 * The canonical text key of a disaggregation: `set=option` pairs sorted by set, joined by `;`;
 * the empty string is the total. One key per combination keeps storage and lookups simple.
 * @example disaggregationKey({ school_level: "thcs" }) // "school_level=thcs"
 */
export function disaggregationKey(d: Disaggregation): string {
  return Object.keys(d)
    .sort()
    .map((set) => `${set}=${d[set]}`)
    .join(";");
}

/** Reads a key back into set → option pairs. */
export function parseDisaggregationKey(key: string): Disaggregation {
  if (key === "") return {};
  return Object.fromEntries(key.split(";").map((pair) => pair.split("=") as [string, string]));
}

/**
 * Checks a disaggregation against the indicator: every set must be one of the indicator's and
 * every option one of the set's; either all of its sets or none (the total) must be given.
 */
export function checkDisaggregation(
  indicator: Indicator,
  catalogue: Catalogue,
  d: Disaggregation,
): string {
  const sets = Object.keys(d);
  if (sets.length === 0) return "";
  for (const set of sets) {
    const use = indicator.disaggregations.find((u) => u.set === set);
    const option = d[set] ?? "";
    if (!use) {
      throw new BaocaoError(
        "value.unknown_disaggregation",
        `Chỉ tiêu "${indicator.nameVi}" (${indicator.code}) không phân tổ theo "${set}".`,
        { indicator: indicator.code, set, expected: indicator.disaggregations.map((u) => u.set) },
      );
    }
    if (!use.options.includes(option)) {
      const setName = catalogue.categorySets.find((c) => c.code === set)?.nameVi ?? set;
      throw new BaocaoError(
        "value.unknown_option",
        `"${option}" không phải là một lựa chọn của phân tổ "${setName}" (${set}) của chỉ tiêu ${indicator.code}.`,
        { indicator: indicator.code, set, option, expected: use.options },
      );
    }
  }
  if (sets.length !== indicator.disaggregations.length) {
    throw new BaocaoError(
      "value.partial_disaggregation",
      `Chỉ tiêu ${indicator.code} phân tổ theo ${indicator.disaggregations.map((u) => u.set).join(", ")}: cần ghi đủ các phân tổ hoặc bỏ trống để nhập số tổng.`,
      { indicator: indicator.code, given: sets },
    );
  }
  return disaggregationKey(d);
}

/**
 * The key a formula reference selects: `x[he_thu]` names only the option, so its category set
 * is found among the indicator's disaggregations; `x[school_level=thcs]` names both.
 */
export function selectorKey(indicator: Indicator, selectors: ReferenceQuery["selectors"]): string {
  const pairs: Record<string, string> = {};
  for (const s of selectors) {
    const set =
      s.category ?? indicator.disaggregations.find((d) => d.options.includes(s.option))?.set;
    if (set) pairs[set] = s.option;
  }
  return disaggregationKey(pairs);
}
