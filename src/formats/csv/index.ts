export { type DeclaredOptions, readOptionsLine } from "./csv-options.ts";
export { type CsvDelimiter, delimiterName, detectDelimiter } from "./delimiter.ts";
export { CSV_ENCODINGS, type CsvEncoding, detectEncoding } from "./encoding.ts";
export { type CellNumber, FileNumbers } from "./file-numbers.ts";
export {
  ambiguousMessage,
  type NumberReading,
  type NumberStyle,
  readNumber,
  spokenNumber,
  styleName,
  wrongStyleMessage,
} from "./number-style.ts";
export {
  type CsvHead,
  type CsvReadOptions,
  type CsvRecord,
  readCsv,
  streamCsv,
} from "./read-csv.ts";
