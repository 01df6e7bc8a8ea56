/**
 * Organisation units (provinces, districts, communes, agencies) and their history: renames,
 * moves, merges, splits and dissolutions, trees as of a date, lineage, and the mapping of values
 * between the units of two dates. Dates are ISO `YYYY-MM-DD`; `validTo` is exclusive (the first
 * day a unit no longer exists) and null while the unit is valid; an event takes effect on its date.
 */
export { buildUnitHistory, type UnitHistory } from "./history.ts";
export type { NameChange, ParentChange, UnitLineage } from "./lineage.ts";
export type {
  BlockedTarget,
  ComputableTarget,
  MappingSource,
  MappingTarget,
  UnitMapping,
} from "./mapping-types.ts";
export {
  type ComputedValue,
  type Contribution,
  type RemappedValue,
  type RemapResult,
  type ReportedValue,
  remapValues,
  type UncomputableValue,
} from "./remap.ts";
export type { UnitTree } from "./tree.ts";
export type {
  DissolveEvent,
  MergeEvent,
  MoveEvent,
  OrgUnit,
  RenameEvent,
  SplitEvent,
  SplitShare,
  StructuralEvent,
  UnitEvent,
  UnitFlow,
  UnitKind,
  UnitState,
} from "./types.ts";
export { validateUnitHistory } from "./validate.ts";
export { WEIGHT_TOLERANCE } from "./validate-event-refs.ts";
