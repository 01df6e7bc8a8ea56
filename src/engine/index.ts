export type { Cell } from "./cells.ts";
export { closureRows, firstMonthFrom, OPEN_END } from "./closure.ts";
export {
  type Disaggregation,
  disaggregationKey,
  parseDisaggregationKey,
} from "./disaggregation-key.ts";
export { Engine, type ImportHooks } from "./engine.ts";
export type { Evaluated, EvaluateRequest } from "./evaluate-expressions.ts";
export { everAncestors } from "./ever-ancestors.ts";
export type { ExcludedValues } from "./excluded-values.ts";
export type { ImportBundle, ImportSummary } from "./import-bundle.ts";
export { isMeasure, MEASURES, type Measure } from "./measures.ts";
export type { QueryRequest, QueryRow, TargetFigure } from "./query.ts";
export {
  type Checklist,
  REGISTER_SOURCE,
  type RecordCounts,
  type RegisterService,
  type RegisterSummary,
  type StoredRegisters,
  type TaskChange,
} from "./registers/index.ts";
export type { UnitReporting } from "./reporting-status.ts";
export type {
  SubmissionService,
  SubmissionView,
  TransitionRequest,
} from "./submissions/index.ts";
export type { Figure, Provenance } from "./unit-figures.ts";
export type { ValueInput } from "./value-input.ts";
export type { ValueSource } from "./value-stream.ts";
export type { WriteOutcome, WriteResult } from "./write-values.ts";
