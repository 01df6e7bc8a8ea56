import { type Catalogue, type Indicator, sumsOptions } from "../core/catalogue/index.ts";
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
 * every option one of the set's; either all of its sets or none (the total) must be given —
 * never some (a season's total of a season × crop indicator is the sum of its cells).
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
    // A figure of some sets only is the sum of the full-cross cells under it; stored as well,
    // it would be counted twice in every total above it.
    const example = disaggregationKey(
      Object.fromEntries(
        indicator.disaggregations.map((u) => [u.set, d[u.set] ?? u.options[0] ?? ""]),
      ),
    );
    const orTotal = sumsOptions(indicator) ? "" : " hoặc bỏ trống để nhập số tổng";
    throw new BaocaoError(
      "value.partial_disaggregation",
      `Chỉ tiêu ${indicator.code} phân tổ theo ${indicator.disaggregations.map((u) => u.set).join(", ")}: cần ghi đủ các phân tổ (ví dụ ${example})${orTotal}. Số liệu theo riêng ${sets.join(", ")} được cộng từ các ô đủ phân tổ, không nhập riêng (sẽ bị tính hai lần).`,
      {
        indicator: indicator.code,
        given: sets,
        expected: indicator.disaggregations.map((u) => u.set),
      },
    );
  }
  return disaggregationKey(d);
}

/**
 * Whether a key names options of only some of the indicator's category sets
 * (`season=he_thu` of a season × crop indicator): no value is stored under it, its figure is
 * made of the full-cross cells that hold those options (see `selectionCells`).
 */
export function isPartialKey(indicator: Indicator, key: string): boolean {
  return key !== "" && key.split(";").length < indicator.disaggregations.length;
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
