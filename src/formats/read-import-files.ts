import { BaocaoError, isBaocaoError } from "../core/errors.ts";
import type { ImportBundle } from "../engine/index.ts";
import {
  describeLocation,
  type FileProblem,
  fileProblemsError,
  type SourceLocation,
} from "./located-error.ts";
import { readCatalogueFile } from "./read-catalogue.ts";
import { readValuesCsv, type ValueRow } from "./read-values-csv.ts";

/** A file handed to the importer: its name (for messages) and its text. */
export interface InputFile {
  readonly name: string;
  readonly text: string;
}

/** Everything read from a set of files, and where each value came from. */
export interface ReadResult {
  readonly bundle: ImportBundle;
  readonly origins: readonly ValueRow[];
  /** Rows read from CSV files. */
  readonly rows: number;
}

/**
 * Reads catalogue files (`.yaml`, `.yml`, `.json`) and values files (`.csv`) into one bundle.
 * Problems of every file are collected before anything is written; any problem rejects all.
 */
export function readImportFiles(files: readonly InputFile[]): ReadResult {
  const problems: FileProblem[] = [];
  const parts: ImportBundle[] = [];
  const origins: ValueRow[] = [];
  for (const file of files) {
    try {
      if (/\.(ya?ml|json)$/i.test(file.name)) parts.push(readCatalogueFile(file.text, file.name));
      else if (/\.csv$/i.test(file.name)) origins.push(...readValuesCsv(file.text, file.name));
      else
        problems.push({
          file: file.name,
          code: "import.unknown_kind",
          message: "Không nhận ra loại tệp: cần .yaml, .yml, .json (danh mục) hoặc .csv (số liệu).",
        });
    } catch (error) {
      if (!isBaocaoError(error, "import.invalid")) throw error;
      problems.push(...(error.details.problems as FileProblem[]));
    }
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  return { bundle: mergeBundles(parts, origins), origins, rows: origins.length };
}

function mergeBundles(parts: readonly ImportBundle[], origins: readonly ValueRow[]): ImportBundle {
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
export function locateImportError(error: unknown, origins: readonly ValueRow[]): unknown {
  if (!isBaocaoError(error) || typeof error.details.index !== "number") return error;
  const origin = origins[error.details.index];
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
