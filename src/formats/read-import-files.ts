import { BaocaoError, isBaocaoError } from "../core/errors.ts";
import type { RegisterBundle, RegisterName, RegisterProblem } from "../core/registers/index.ts";
import type { ImportBundle } from "../engine/index.ts";
import { readCsv } from "./csv/index.ts";
import {
  describeLocation,
  type FileProblem,
  fileProblemsError,
  type SourceLocation,
} from "./located-error.ts";
import { readCatalogueFile } from "./read-catalogue.ts";
import { readValueRecords, type ValueRow, type ValuesCsvOptions } from "./read-values-csv.ts";
import {
  detectRegister,
  formatOf,
  type RegisterRow,
  readRegisterRecords,
} from "./registers/index.ts";
import type { RowOrigins } from "./row-origins.ts";

/** A file handed to the importer: its name (for messages) and its text, or its bytes (CSV of any supported encoding). */
export type InputFile =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly bytes: Uint8Array };

/** Where each register row came from, by register, in the order of the bundle's rows. */
export type RegisterOrigins = Partial<Record<RegisterName, readonly RegisterRow[]>>;

/** Everything read from a set of files, and where each value came from. */
export interface ReadResult {
  readonly bundle: ImportBundle;
  readonly origins: readonly ValueRow[];
  /** Rows read from values CSV files. */
  readonly rows: number;
  /** Where each register row came from (register CSV files). */
  readonly registerOrigins: RegisterOrigins;
  /** Rows read from register CSV files. */
  readonly registerRows: number;
}

/** The register origins of a read, by its value origins, for callers that pass only those. */
const registerOriginsOf = new WeakMap<readonly ValueRow[], RegisterOrigins>();

/**
 * Reads catalogue files (`.yaml`, `.yml`, `.json`), values files and register files (`.csv`, a
 * register recognised by its header: `project_code,name_vi,…` is the projects register) into one
 * bundle. Problems of every file are collected before anything is written; any problem rejects all.
 */
export function readImportFiles(
  files: readonly InputFile[],
  options: ValuesCsvOptions = {},
): ReadResult {
  const problems: FileProblem[] = [];
  const parts: ImportBundle[] = [];
  const origins: ValueRow[] = [];
  const registerOrigins: Partial<Record<RegisterName, RegisterRow[]>> = {};
  for (const file of files) {
    try {
      const content = "text" in file ? file.text : file.bytes;
      if (isCatalogueFile(file.name)) parts.push(readCatalogueFile(textOf(content), file.name));
      else if (/\.csv$/i.test(file.name)) {
        const { head, records } = readCsv(content, file.name, options);
        if (looksLikeRegister(records[0]?.cells ?? [])) {
          const read = readRegisterRecords(records, file.name);
          registerOrigins[read.register] ??= [];
          const list = registerOrigins[read.register] as RegisterRow[];
          for (const row of read.rows) list.push(row);
        } else
          for (const row of readValueRecords(head, records, file.name, {
            ...options,
            textIndicators: textIndicatorsOf(parts, options),
          }))
            origins.push(row);
      } else problems.push(unknownKind(file.name));
    } catch (error) {
      if (!isBaocaoError(error, "import.invalid")) throw error;
      problems.push(...(error.details.problems as FileProblem[]));
    }
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  const registers = Object.fromEntries(
    Object.entries(registerOrigins).map(([register, rows]) => [register, rows.map((r) => r.input)]),
  ) as RegisterBundle;
  const registerRows = Object.values(registerOrigins).reduce((n, rows) => n + rows.length, 0);
  registerOriginsOf.set(origins, registerOrigins);
  return {
    bundle: { ...mergeBundles(parts, origins), ...(registerRows > 0 ? { registers } : {}) },
    origins,
    rows: origins.length,
    registerOrigins,
    registerRows,
  };
}

/** A register file by its header: a known register, or one naming projects or tasks. */
export function looksLikeRegister(header: readonly string[]): boolean {
  const names = header.map((c) => c.toLowerCase());
  return (
    detectRegister(names) !== undefined ||
    names.some((c) => c === "project_code" || c === "task_id")
  );
}

/** Catalogue files by their extension. */
export function isCatalogueFile(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}

/** The problem for a file that is neither a catalogue nor a CSV. */
export function unknownKind(file: string): FileProblem {
  return {
    file,
    code: "import.unknown_kind",
    message:
      "Không nhận ra loại tệp: cần .yaml, .yml, .json (danh mục), .csv (số liệu, sổ theo dõi) hoặc .xlsx (biểu mẫu).",
  };
}

/** Text indicators of the catalogue parts read so far, with those the caller knows of. */
export function textIndicatorsOf(
  parts: readonly ImportBundle[],
  options: ValuesCsvOptions,
): ReadonlySet<string> {
  const codes = new Set(options.textIndicators ?? []);
  for (const part of parts)
    for (const i of part.catalogue?.indicators ?? []) if (i.valueType === "text") codes.add(i.code);
  return codes;
}

/** A catalogue's text: bytes as UTF-8 (YAML and JSON files are UTF-8 by their own standards). */
function textOf(content: string | Uint8Array): string {
  return typeof content === "string" ? content : new TextDecoder().decode(content);
}

/** Merges the catalogue parts of several files and the values read into one bundle. */
export function mergeBundles(
  parts: readonly ImportBundle[],
  origins: readonly ValueRow[],
): ImportBundle {
  const catalogues = parts.flatMap((p) => (p.catalogue ? [p.catalogue] : []));
  return {
    units: parts.flatMap((p) => p.units ?? []),
    events: parts.flatMap((p) => p.events ?? []),
    ...(catalogues.length > 0
      ? {
          catalogue: {
            indicators: catalogues.flatMap((c) => c.indicators),
            subGroups: catalogues.flatMap((c) => c.subGroups ?? []),
            categorySets: catalogues.flatMap((c) => c.categorySets ?? []),
            extraUnits: catalogues.flatMap((c) => c.extraUnits ?? []),
          },
        }
      : {}),
    targetKinds: parts.flatMap((p) => p.targetKinds ?? []),
    targets: parts.flatMap((p) => p.targets ?? []),
    rules: parts.flatMap((p) => p.rules ?? []),
    regimes: parts.flatMap((p) => p.regimes ?? []),
    values: origins.map((o) => o.input),
  };
}
/**
 * Puts the file, line and column on an engine error about one value (it carries the value's
 * `index` and the `field` it refuses), so the user sees which cell to fix.
 */
export function locateImportError(
  error: unknown,
  origins: readonly ValueRow[] | RowOrigins,
  registers: RegisterOrigins | undefined = Array.isArray(origins)
    ? registerOriginsOf.get(origins)
    : undefined,
): unknown {
  if (isBaocaoError(error) && typeof error.details.register === "string" && registers)
    return locateRegisterError(error, registers);
  if (!isBaocaoError(error) || typeof error.details.index !== "number") return error;
  const index = error.details.index;
  const origin = Array.isArray(origins) ? origins[index] : (origins as RowOrigins).at(index);
  if (!origin) return error;
  const field = typeof error.details.field === "string" ? error.details.field : undefined;
  const at: SourceLocation = {
    file: origin.file,
    line: origin.line,
    ...(field && origin.columns[field] ? { column: origin.columns[field], field } : {}),
  };
  const problem: FileProblem = { ...at, code: error.code, message: error.message };
  return new BaocaoError(error.code, `${describeLocation(at)}: ${error.message}`, {
    ...error.details,
    problems: [problem],
  });
}

/**
 * Puts file, line and column on an engine error about register rows: each problem (or the one
 * row a version conflict names) is mapped from its register, row and field to the cell.
 */
export function locateRegisterError(error: BaocaoError, registers: RegisterOrigins): BaocaoError {
  const listed = Array.isArray(error.details.problems)
    ? (error.details.problems as RegisterProblem[])
    : [
        {
          register: error.details.register as RegisterName,
          index: error.details.index as number,
          code: error.code,
          message: error.message,
          ...(typeof error.details.field === "string" ? { field: error.details.field } : {}),
        },
      ];
  const problems: FileProblem[] = listed.map((p) => {
    const origin = registers[p.register]?.[p.index];
    if (!origin) return { file: "", code: p.code, message: p.message };
    const column = p.field ? origin.columns[p.field] : undefined;
    return {
      file: origin.file,
      line: origin.line,
      ...(column ? { column, field: columnName(p.register, p.field as string) } : {}),
      code: p.code,
      message: p.message,
    };
  });
  const first = problems[0];
  if (!first?.file) return error;
  const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : "";
  return new BaocaoError(error.code, `${describeLocation(first)}: ${first.message}${more}`, {
    ...error.details,
    problems,
  });
}

/** The header of the column a field was read from, for messages ("amount_trieu_dong"). */
function columnName(register: RegisterName, field: string): string {
  return formatOf(register).columns.find((c) => c.field === field)?.name ?? field;
}
