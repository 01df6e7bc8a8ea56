import { gapToTarget, pctOfTarget } from "../targets/index.ts";
import type { Commitment, ManagingLevel } from "./types.ts";

/**
 * Disbursed as a percentage of plan; null without a plan.
 * @example pctOfPlan(21_727, 64_300) // ≈ 33.79 ("đạt 34% kế hoạch")
 */
export function pctOfPlan(disbursed: number | null, plan: number | null): number | null {
  return pctOfTarget(disbursed, plan);
}

/**
 * How far disbursement is from the commitment, in percentage points of the plan: negative when
 * below ("thấp hơn so với cam kết giải ngân tỉnh 0,2%"). Null without a plan or a commitment.
 * @example commitmentGap(21_727, 21_862, 64_300) // ≈ -0.21
 */
export function commitmentGap(
  disbursed: number | null,
  committed: number | null,
  plan: number | null,
): number | null {
  if (committed === null || plan === null || plan === 0) return null;
  return gapToTarget(pctOfPlan(disbursed ?? 0, plan), (committed / plan) * 100);
}

/**
 * The share (percent of the year's plan) a project has committed to disburse by `asOf`: its own
 * commitments if it has any that year, else its managing level's. Of several due dates the first
 * not yet past wins, or the last one when all are past — the rule of targets with due dates.
 */
export function commitmentShare(
  commitments: readonly Commitment[],
  project: { readonly code: string; readonly managingLevel: ManagingLevel },
  year: number,
  asOf: string,
): number | null {
  const ofYear = commitments.filter((c) => c.dueDate.startsWith(`${year}-`));
  const own = ofYear.filter((c) => c.projectCode === project.code);
  const pool = own.length
    ? own
    : ofYear.filter((c) => c.projectCode === "" && c.managingLevel === project.managingLevel);
  const sorted = pool.toSorted((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (sorted.find((c) => c.dueDate >= asOf) ?? sorted.at(-1))?.sharePct ?? null;
}
