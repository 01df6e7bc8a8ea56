import type { Direction } from "../catalogue/index.ts";

/** Where a figure stands against its target. */
export type TargetStatus = "on_track" | "at_risk" | "off_track";

/** Thresholds in percent of target. For `lower_is_better`, they are ceilings instead of floors. */
export interface StatusThresholds {
  readonly onTrack: number;
  readonly atRisk: number;
}

/** Defaults: reaching 100% is on track, 90% at risk; for ceilings, 100% and 110%. */
export const DEFAULT_THRESHOLDS: Readonly<
  Record<"higher_is_better" | "lower_is_better", StatusThresholds>
> = {
  higher_is_better: { onTrack: 100, atRisk: 90 },
  lower_is_better: { onTrack: 100, atRisk: 110 },
};

/** Options of `targetStatus`. */
export interface StatusOptions {
  /** Overrides the default thresholds of the direction. */
  readonly thresholds?: StatusThresholds;
  /**
   * Share of the target due by now, in percent (default 100). Measuring an annual plan in
   * August, pass `proRataPct(8)` ≈ 66,67 so that 56,59% reads as behind, not as hopeless.
   */
  readonly expectedPct?: number;
}

/** Rounds away binary noise (34 − 34,2 = −0,2000000000000028) without hiding real digits. */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * Value as a percentage of target; null when either is missing or the target is 0.
 * @example pctOfTarget(25_465, 45_000) // ≈ 56.59
 */
export function pctOfTarget(
  value: number | null | undefined,
  target: number | null | undefined,
): number | null {
  if (
    value === null ||
    value === undefined ||
    target === null ||
    target === undefined ||
    target === 0
  ) {
    return null;
  }
  return (value / target) * 100;
}

/**
 * Value minus target, in the target's unit: percentage points when both are percentages;
 * null when either is missing.
 * @example gapToTarget(34, 34.2) // -0.2 ("thấp hơn so với cam kết giải ngân tỉnh 0,2%")
 */
export function gapToTarget(
  value: number | null | undefined,
  target: number | null | undefined,
): number | null {
  if (value === null || value === undefined || target === null || target === undefined) return null;
  return clean(value - target);
}

/**
 * Share of a period elapsed, in percent: the part of an annual target due by now.
 * @example proRataPct(8) // 66.666…
 */
export function proRataPct(elapsed: number, total = 12): number {
  return (elapsed / total) * 100;
}

/**
 * Status of a figure from its % of target and its direction; null when the percentage is
 * missing or the direction is neutral (no side is good).
 * @example targetStatus(101.1, "higher_is_better") // "on_track"
 */
export function targetStatus(
  pct: number | null,
  direction: Direction,
  options: StatusOptions = {},
): TargetStatus | null {
  if (pct === null || direction === "neutral") return null;
  const { onTrack, atRisk } = options.thresholds ?? DEFAULT_THRESHOLDS[direction];
  const scale = (options.expectedPct ?? 100) / 100;
  const ok = (threshold: number) =>
    direction === "higher_is_better"
      ? pct >= clean(threshold * scale)
      : pct <= clean(threshold * scale);
  if (ok(onTrack)) return "on_track";
  if (ok(atRisk)) return "at_risk";
  return "off_track";
}

/** Everything said about a figure against one target. */
export interface Achievement {
  readonly pct: number | null;
  readonly gap: number | null;
  readonly status: TargetStatus | null;
}

/**
 * % of target, gap and status together.
 * @example achievement(3033, 3000, "higher_is_better") // { pct: 101.1, gap: 33, status: "on_track" }
 */
export function achievement(
  value: number | null | undefined,
  target: number | null | undefined,
  direction: Direction,
  options: StatusOptions = {},
): Achievement {
  const pct = pctOfTarget(value, target);
  return { pct, gap: gapToTarget(value, target), status: targetStatus(pct, direction, options) };
}
