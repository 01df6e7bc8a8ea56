import { type Catalogue, type Indicator, sumsOptions } from "../core/catalogue/index.ts";
import type { DataValueRecord } from "../core/values/index.ts";
import { disaggregationKey } from "../engine/index.ts";

/** A stored value as the entry form shows it; `version` 0 means nothing stored yet. */
export interface EntryCell {
  /** Disaggregation key (`rice_season=he_thu`), "" for the total. */
  readonly disaggregation: string;
  readonly labelVi: string;
  readonly value: number | null;
  readonly textValue: string | null;
  readonly status: "estimate" | "official" | null;
  readonly note: string;
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

/**
 * The cells an indicator is entered in: one per combination of its disaggregation options (the
 * full cross: never the total of one set alone), plus the total unless every disaggregation sums
 * to it (then the total is computed, never typed).
 */
export function entryCells(
  catalogue: Catalogue,
  indicator: Indicator,
  stored: readonly DataValueRecord[],
  /** The audited version of a key with no stored value (deleted), else undefined. */
  auditedVersion: (disaggregation: string) => number | undefined,
): EntryCell[] {
  let combos: { key: Record<string, string>; label: string[] }[] = [{ key: {}, label: [] }];
  for (const use of indicator.disaggregations) {
    const set = catalogue.categorySets.find((s) => s.code === use.set);
    combos = combos.flatMap((c) =>
      use.options.map((option) => ({
        key: { ...c.key, [use.set]: option },
        label: [...c.label, set?.options.find((o) => o.code === option)?.nameVi ?? option],
      })),
    );
  }
  // Only the full cross is entered: a figure of some sets is the sum of its cells (issue 17).
  const totalIsComputed = sumsOptions(indicator);
  const cells = [
    ...(totalIsComputed || indicator.disaggregations.length === 0 ? [] : [{ key: {}, label: [] }]),
    ...(indicator.disaggregations.length === 0 ? [{ key: {}, label: [] }] : combos),
  ];
  return cells.map(({ key, label }) => {
    const disaggregation = disaggregationKey(key);
    const value = stored.find(
      (v) => v.indicatorCode === indicator.code && v.disaggregation === disaggregation,
    );
    return {
      disaggregation,
      labelVi: label.length > 0 ? label.join(" · ") : "Tổng số",
      value: value?.value ?? null,
      textValue: value?.textValue ?? null,
      status: value?.status ?? null,
      note: value?.note ?? "",
      version: value?.version ?? auditedVersion(disaggregation) ?? 0,
      updatedAt: value?.updatedAt ?? null,
      updatedBy: value?.updatedBy ?? null,
    };
  });
}
