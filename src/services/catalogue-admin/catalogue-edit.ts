import type { CategorySetInput, IndicatorInput, MeasureUnit } from "../../core/catalogue/index.ts";
import type { ReportingRegime } from "../../core/regimes/index.ts";
import type { RuleInput } from "../../core/validation/index.ts";

/**
 * One edit an administrator makes on the catalogue screen. `expected` is the version of the
 * definition they saw (`definitionVersion`), null for a new one. Indicators, measure units and
 * category sets are not removed here: the import path merges by code and cannot remove them,
 * and values, formulas, rules and forms may name them (docs/formats/catalogue.md).
 */
export type CatalogueEdit =
  | {
      readonly kind: "indicator";
      readonly expected: string | null;
      readonly indicator: IndicatorInput;
    }
  | { readonly kind: "measure_unit"; readonly expected: string | null; readonly unit: MeasureUnit }
  | {
      readonly kind: "category_set";
      readonly expected: string | null;
      readonly set: CategorySetInput;
    }
  | { readonly kind: "rule"; readonly expected: string | null; readonly rule: RuleInput }
  | { readonly kind: "remove_rule"; readonly expected: string; readonly code: string }
  | {
      readonly kind: "regime";
      readonly expected: string | null;
      readonly regime: ReportingRegime;
    };
