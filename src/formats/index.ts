export { type CatalogueFile, catalogueFileSchema } from "./catalogue-schema.ts";
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
export { readValuesCsv, VALUE_COLUMNS, type ValueRow } from "./read-values-csv.ts";
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
