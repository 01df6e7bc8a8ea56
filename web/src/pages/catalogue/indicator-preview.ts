import type { IndicatorView } from "../../api/contract.ts";
import type { MessageKey } from "../../i18n/index.ts";
import type { IndicatorForm } from "./indicator-form.ts";

/** One field of an edit that changes how existing values aggregate. */
export interface PreviewLine {
  readonly field: MessageKey;
  readonly before: string;
  readonly after: string;
}

/**
 * What an edit changes in how the indicator's stored values combine (over time, over units, the
 * weighting indicator, the formula, the measure unit): the lines the preview shows before saving.
 */
export function previewLines(before: IndicatorView, after: IndicatorForm): PreviewLine[] {
  const pairs: [MessageKey, string, string][] = [
    ["catalogue.overTime", before.overTime, after.overTime ?? ""],
    ["catalogue.overUnits", before.overUnits, after.overUnits ?? ""],
    ["catalogue.weight", before.weight ?? "", after.weight ?? ""],
    ["catalogue.formula", before.formula ?? "", after.formula?.trim() ?? ""],
    ["catalogue.unit", before.unit, after.unit ?? ""],
  ];
  return pairs
    .filter(([, b, a]) => b !== a)
    .map(([field, b, a]) => ({ field, before: b || "—", after: a || "—" }));
}
