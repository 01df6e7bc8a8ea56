import { type Target, targetDisaggregation } from "./target.ts";
import type { TargetKind } from "./target-kind.ts";

/** Which figure a target is sought for. */
export interface TargetQuery {
  readonly indicator: string;
  readonly reportingUnit: string;
  readonly year: number;
  /** The disaggregation key (`season=he_thu`); absent or "" for the total. */
  readonly disaggregation?: string;
}

/** All targets of an indicator, unit, year (and option), of every kind. */
export function targetsFor(targets: readonly Target[], query: TargetQuery): readonly Target[] {
  return targets.filter(
    (t) =>
      t.indicator === query.indicator &&
      t.reportingUnit === query.reportingUnit &&
      t.year === query.year &&
      targetDisaggregation(t) === (query.disaggregation ?? ""),
  );
}

/**
 * The target of one kind. When a kind has several due dates (commitments by quarter), `asOf`
 * picks the first one not yet past; without it, or when all are past, the latest due date
 * wins. A target without a due date counts as due at year end.
 * @example findTarget(targets, { indicator: "giai_ngan_ty_le", reportingUnit: "nga_nam", year: 2023 }, "commitment", "2023-08-30")
 */
export function findTarget(
  targets: readonly Target[],
  query: TargetQuery,
  kind: TargetKind,
  asOf?: string,
): Target | undefined {
  const dueOf = (t: Target) => t.dueDate ?? `${t.year}-12-31`;
  const matches = targetsFor(targets, query)
    .filter((t) => t.kind === kind)
    .toSorted((a, b) => dueOf(a).localeCompare(dueOf(b)));
  if (asOf !== undefined) {
    const pending = matches.find((t) => dueOf(t) >= asOf);
    if (pending !== undefined) return pending;
  }
  return matches[matches.length - 1];
}
