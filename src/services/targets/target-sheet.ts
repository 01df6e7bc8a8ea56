import type { Catalogue, Indicator } from "../../core/catalogue/index.ts";
import { measureUnitName } from "../../core/catalogue/index.ts";
import { type Target, targetDisaggregation } from "../../core/targets/index.ts";
import { definitionVersion } from "../definitions/index.ts";

/** One target in the table, with the version a change must name. */
export interface TargetCellView extends Target {
  readonly version: string;
}

/** One line of the targets table: an indicator's total, or one of its options. */
export interface TargetLine {
  readonly indicator: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly unitNameVi: string;
  readonly category?: string;
  readonly option?: string;
  /** The option's name ("Hè Thu"). */
  readonly optionNameVi?: string;
  readonly targets: readonly TargetCellView[];
}

/** Indicators a target can be set on: numeric ones (text and yes/no have no plan). */
export function targetable(catalogue: Catalogue): readonly Indicator[] {
  return catalogue.indicators.filter((i) => i.valueType !== "text" && i.valueType !== "boolean");
}

/**
 * The lines of a unit's targets for a year: those that have targets, in catalogue order (an
 * indicator's total before its options); with `all`, every numeric indicator's total as well.
 */
export function targetLines(
  catalogue: Catalogue,
  targets: readonly Target[],
  options: { all?: boolean } = {},
): TargetLine[] {
  const byLine = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${t.indicator}|${targetDisaggregation(t)}`;
    byLine.set(key, [...(byLine.get(key) ?? []), t]);
  }
  const lines: TargetLine[] = [];
  for (const indicator of targetable(catalogue)) {
    const keys = [...byLine.keys()].filter((k) => k.startsWith(`${indicator.code}|`)).sort();
    if (options.all && !keys.includes(`${indicator.code}|`)) keys.unshift(`${indicator.code}|`);
    for (const key of keys) {
      const own = byLine.get(key) ?? [];
      const first = own[0];
      const option = first?.option;
      const category = first?.category;
      const optionNameVi =
        category && option
          ? catalogue.categorySets
              .find((s) => s.code === category)
              ?.options.find((o) => o.code === option)?.nameVi
          : undefined;
      lines.push({
        indicator: indicator.code,
        nameVi: indicator.nameVi,
        nameEn: indicator.nameEn,
        unitNameVi: measureUnitName(catalogue, indicator.unit),
        ...(category && option ? { category, option } : {}),
        ...(optionNameVi ? { optionNameVi } : {}),
        targets: own.map((t) => ({ ...t, version: definitionVersion(t) as string })),
      });
    }
  }
  return lines;
}
