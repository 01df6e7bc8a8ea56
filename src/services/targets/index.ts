export { TargetAccess } from "./target-access.ts";
export { auditCode, TargetAdmin, type TargetSave, type TargetSheet } from "./target-admin.ts";
export { TargetKindsAdmin, type TargetKindView } from "./target-kinds-admin.ts";
export { type TargetCellView, type TargetLine, targetLines } from "./target-sheet.ts";
export {
  TargetsWorkbook,
  type TargetUploadChange,
  type TargetUploadResult,
} from "./targets-workbook.ts";
