export type {
  AddAct,
  DissolveAct,
  MergeAct,
  MoveAct,
  NewUnit,
  RenameAct,
  SplitAct,
  UnitAct,
} from "./acts.ts";
export { changeUnits, type UnitActResult } from "./change-units.ts";
export type { PreviewFigure, PreviewRow, PreviewUnit, UnitsPreview } from "./preview.ts";
export { unitAudit } from "./unit-audit.ts";
export { type UnitDefinition, unitVersion, unitVersions } from "./unit-definition.ts";
