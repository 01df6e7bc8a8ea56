export { type CatalogueFile, catalogueFileSchema } from "./catalogue-schema.ts";
export * from "./csv/index.ts";
export * from "./dhis2/index.ts";
export {
  describeLocation,
  type FileProblem,
  fileProblemsError,
  type SourceLocation,
} from "./located-error.ts";
export { readCatalogueFile } from "./read-catalogue.ts";
export {
  type InputFile,
  locateImportError,
  locateRegisterError,
  type ReadResult,
  type RegisterOrigins,
  readImportFiles,
} from "./read-import-files.ts";
export {
  openImportFiles,
  type StreamedFile,
  type StreamedImport,
} from "./read-import-stream.ts";
export {
  readValuesCsv,
  streamValuesCsv,
  VALUE_COLUMNS,
  type ValueRow,
  type ValuesCsvOptions,
} from "./read-values-csv.ts";
export {
  detectRegister,
  formatOf,
  type OutputFile,
  REGISTER_FORMATS,
  type RegisterColumn,
  type RegisterFile,
  type RegisterFormat,
  type RegisterRow,
  readRegisterCsv,
  registerJsonSchema,
  writeRegisterCsv,
  writeRegisterFiles,
} from "./registers/index.ts";
export { type RowOrigin, RowOrigins } from "./row-origins.ts";
export * from "./xlsx/index.ts";
