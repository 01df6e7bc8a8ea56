import type { TargetKind } from "./target-kind.ts";

/**
 * A target value for one indicator, reporting unit, year and kind, in the indicator's own unit
 * (a commitment on a disbursement rate is a percentage: 34,2).
 */
export interface Target {
  readonly indicator: string;
  readonly reportingUnit: string;
  readonly year: number;
  readonly kind: TargetKind;
  readonly value: number;
  /** When the target falls due (commitments: "giải ngân 60% trước 30/9"), `YYYY-MM-DD`. */
  readonly dueDate?: string;
  /** The document that set it, e.g. "Nghị quyết số 45/NQ-HĐND". */
  readonly source?: string;
}

/** Identity of a target: two targets with the same key cannot both hold. */
export function targetKey(
  t: Pick<Target, "indicator" | "reportingUnit" | "year" | "kind" | "dueDate">,
): string {
  return [t.indicator, t.reportingUnit, t.year, t.kind, t.dueDate ?? ""].join("|");
}
