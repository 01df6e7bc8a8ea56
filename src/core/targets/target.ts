import type { TargetKind } from "./target-kind.ts";

/**
 * A target value for one indicator, reporting unit, year and kind, in the indicator's own unit
 * (a commitment on a disbursement rate is a percentage: 34,2). It may be set on one option of
 * one of the indicator's disaggregations: the rice output plan of the summer–autumn season only.
 */
export interface Target {
  readonly indicator: string;
  readonly reportingUnit: string;
  readonly year: number;
  readonly kind: TargetKind;
  readonly value: number;
  /** The category set of `option` (`season`); given with `option` or not at all. */
  readonly category?: string;
  /** One option of `category` (`he_thu`); absent, the target is for the total. */
  readonly option?: string;
  /** When the target falls due (commitments: "giải ngân 60% trước 30/9"), `YYYY-MM-DD`. */
  readonly dueDate?: string;
  /** The document that set it, e.g. "Nghị quyết số 45/NQ-HĐND". */
  readonly source?: string;
}

/**
 * The disaggregation key a target is for, the same text key values use (`season=he_thu`);
 * "" for the total.
 */
export function targetDisaggregation(t: Pick<Target, "category" | "option">): string {
  return t.category !== undefined && t.option !== undefined ? `${t.category}=${t.option}` : "";
}

/** Identity of a target: two targets with the same key cannot both hold. */
export function targetKey(
  t: Pick<
    Target,
    "indicator" | "reportingUnit" | "year" | "kind" | "dueDate" | "category" | "option"
  >,
): string {
  return [
    t.indicator,
    t.reportingUnit,
    t.year,
    t.kind,
    t.dueDate ?? "",
    targetDisaggregation(t),
  ].join("|");
}
