export type { Achievement, StatusOptions, StatusThresholds, TargetStatus } from "./achievement.ts";
export {
  achievement,
  DEFAULT_THRESHOLDS,
  gapToTarget,
  pctOfTarget,
  proRataPct,
  targetStatus,
} from "./achievement.ts";
export type { TargetKindInput } from "./define-target-kinds.ts";
export { defineTargetKinds } from "./define-target-kinds.ts";
export type { TargetInput, TargetProblem } from "./define-targets.ts";
export { defineTargets } from "./define-targets.ts";
export type { TargetQuery } from "./find-target.ts";
export { findTarget, targetsFor } from "./find-target.ts";
export type { Target } from "./target.ts";
export { targetDisaggregation, targetKey } from "./target.ts";
export type { TargetKind, TargetKindInfo } from "./target-kind.ts";
export { isTargetKind, SEED_TARGET_KINDS, targetKindInfo } from "./target-kind.ts";
