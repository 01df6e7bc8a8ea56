export {
  FORM_COLUMNS,
  type FormLine,
  type FormSheet,
  HEADER_ROW,
  META_SHEET,
  sheetName,
} from "./form-sheet.ts";
export {
  confirmFormUpload,
  type FormChange,
  type FormPreview,
  previewFormUpload,
} from "./preview-form.ts";
export { type FormEntry, type FormUpload, readFormWorkbook } from "./read-form.ts";
export {
  readTargetsWorkbook,
  TARGETS_SHEET,
  type TargetsWorkbookEntry,
  type TargetsWorkbookLine,
  targetCellKey,
  writeTargetsWorkbook,
} from "./targets-workbook.ts";
export { type FormMeta, writeFormWorkbook } from "./write-form.ts";
