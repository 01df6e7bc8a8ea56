import { pctOfTarget } from "../targets/index.ts";
import type { SiteClearance } from "./types.ts";

/** Progress of a project's site clearance, each in percent (null where the total is missing or 0). */
export interface ClearanceProgress {
  readonly householdsPct: number | null;
  readonly amountPct: number | null;
  /** Money paid when the amounts are known (as the report writes it), else households paid. */
  readonly progressPct: number | null;
}

/**
 * Progress of one clearance row.
 * @example clearanceProgress(row).amountPct // 8.701.210.279 / 15.394.966.145 → ≈ 56.52
 */
export function clearanceProgress(row: SiteClearance): ClearanceProgress {
  const householdsPct = pctOfTarget(row.householdsPaid, row.householdsTotal);
  const amountPct = pctOfTarget(row.amountPaid, row.amountTotal);
  return { householdsPct, amountPct, progressPct: amountPct ?? householdsPct };
}
