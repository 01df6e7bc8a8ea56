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
  type ReadResult,
  readImportFiles,
} from "./read-import-files.ts";
export { readValuesCsv, VALUE_COLUMNS, type ValueRow } from "./read-values-csv.ts";
