export {
  parseCsv,
  parseCsvRows,
  type RegisterFile,
  type RegisterRow,
  readRegisterCsv,
  readRegisterRecords,
} from "./read-register-csv.ts";
export {
  type CellKind,
  detectRegister,
  formatOf,
  REGISTER_FORMATS,
  type RegisterColumn,
  type RegisterFormat,
} from "./register-formats.ts";
export { registerJsonSchema } from "./register-schema.ts";
export { type OutputFile, writeRegisterCsv, writeRegisterFiles } from "./write-register-csv.ts";
