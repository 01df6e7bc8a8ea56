import { BaocaoError } from "../errors.ts";
import type { Catalogue } from "./catalogue.ts";
import type { CatalogueInput, IndicatorInput } from "./catalogue-input.ts";
import { checkCategorySets } from "./check-category-sets.ts";
import { checkIndicator } from "./check-indicator.ts";
import { checkSubGroups } from "./check-sub-groups.ts";
import { checkUnits } from "./check-units.ts";
import type { Indicator } from "./indicator.ts";
import type { CatalogueProblem } from "./problems.ts";
import { checkDuplicates } from "./problems.ts";

/**
 * Validates a whole catalogue and returns it normalised and indexed. Every problem is collected
 * first; if there is any, throws `catalogue.invalid` with `details.problems` listing them all
 * (path, code, indicator, expected, received, message).
 * @example defineCatalogue({ categorySets: STANDARD_CATEGORY_SETS, indicators: [...] })
 */
export function defineCatalogue(input: CatalogueInput): Catalogue {
  const problems: CatalogueProblem[] = [];
  const report = (problem: CatalogueProblem) => {
    problems.push(problem);
  };
  const rawIndicators: readonly IndicatorInput[] = Array.isArray(input.indicators)
    ? input.indicators
    : [];
  if (!Array.isArray(input.indicators)) {
    report({
      path: "indicators",
      code: "catalogue.missing_indicators",
      expected: "một danh sách chỉ tiêu",
      received: input.indicators,
      message: "Danh mục chưa có danh sách chỉ tiêu.",
    });
  }

  const units = checkUnits(input.extraUnits, report);
  const categorySets = checkCategorySets(input.categorySets, report);
  const subGroups = checkSubGroups(input.subGroups, report);

  const byCodeInput = new Map<string, IndicatorInput>();
  for (const indicator of rawIndicators) {
    if (typeof indicator.code === "string" && !byCodeInput.has(indicator.code)) {
      byCodeInput.set(indicator.code, indicator);
    }
  }
  const indicators: Indicator[] = [];
  rawIndicators.forEach((raw, i) => {
    const indicator = checkIndicator(raw, i, {
      units,
      categorySets,
      subGroups,
      byCode: byCodeInput,
      report,
    });
    if (indicator !== undefined) indicators.push(indicator);
  });
  checkDuplicates(
    rawIndicators.map((r) => r.code),
    (i) => `indicators[${i}].code`,
    "chỉ tiêu",
    (p) => report(typeof p.received === "string" ? { ...p, indicator: p.received } : p),
  );

  if (problems.length > 0) {
    throw new BaocaoError(
      "catalogue.invalid",
      `Danh mục chỉ tiêu có ${problems.length} lỗi cần sửa: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
      { problems },
    );
  }
  return {
    indicators,
    subGroups,
    categorySets,
    measureUnits: units,
    byCode: new Map(indicators.map((i) => [i.code, i])),
  };
}
