import { BaocaoError } from "../errors.ts";
import type { Catalogue } from "./catalogue.ts";
import type { CategorySet, Indicator, SectorCode, SubGroup } from "./indicator.ts";
import type { MeasureUnit } from "./measure-unit.ts";

/** The indicator with this code, or undefined. */
export function findIndicator(catalogue: Catalogue, code: string): Indicator | undefined {
  return catalogue.byCode.get(code);
}

/** The indicator with this code; throws `catalogue.unknown_indicator` when there is none. */
export function getIndicator(catalogue: Catalogue, code: string): Indicator {
  const indicator = catalogue.byCode.get(code);
  if (indicator === undefined) {
    throw new BaocaoError(
      "catalogue.unknown_indicator",
      `Không có chỉ tiêu mã "${code}" trong danh mục.`,
      {
        indicator: code,
      },
    );
  }
  return indicator;
}

/**
 * Whether an option's value also counts towards the indicator's total: every disaggregation of the
 * indicator sums to its total (the total is then computed, never entered).
 */
export function sumsOptions(indicator: Indicator): boolean {
  return (
    indicator.disaggregations.length > 0 &&
    indicator.disaggregations.every((d) => d.totalRule === "sum")
  );
}

/** Indicators of one sector, in catalogue order. */
export function indicatorsBySector(catalogue: Catalogue, sector: SectorCode): readonly Indicator[] {
  return catalogue.indicators.filter((i) => i.sector === sector);
}

/** Indicators of one sub-group, in catalogue order. */
export function indicatorsBySubGroup(catalogue: Catalogue, subGroup: string): readonly Indicator[] {
  return catalogue.indicators.filter((i) => i.subGroup === subGroup);
}

/** Sub-groups of one sector, in catalogue order. */
export function subGroupsOfSector(catalogue: Catalogue, sector: SectorCode): readonly SubGroup[] {
  return catalogue.subGroups.filter((g) => g.sector === sector);
}

/** The category set with this code, or undefined. */
export function findCategorySet(catalogue: Catalogue, code: string): CategorySet | undefined {
  return catalogue.categorySets.find((s) => s.code === code);
}

/** The measure unit of an indicator (always present in a validated catalogue). */
export function unitOf(catalogue: Catalogue, indicator: Indicator): MeasureUnit {
  const unit = catalogue.measureUnits.find((u) => u.code === indicator.unit);
  if (unit === undefined) {
    throw new BaocaoError("catalogue.unknown_unit", `Không có đơn vị tính "${indicator.unit}".`, {
      indicator: indicator.code,
      unit: indicator.unit,
    });
  }
  return unit;
}

/** How a measure unit is written after a figure ("tấn", "ha"); its code when the catalogue has none. */
export function measureUnitName(catalogue: Catalogue, code: string): string {
  return catalogue.measureUnits.find((u) => u.code === code)?.symbol ?? code;
}
