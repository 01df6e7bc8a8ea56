import type { RegisterName } from "../../core/registers/index.ts";
import { type CsvRecord, FileNumbers, readCsv } from "../csv/index.ts";
import { type FileProblem, fileProblemsError } from "../located-error.ts";
import {
  type CellKind,
  detectRegister,
  REGISTER_FORMATS,
  type RegisterColumn,
  type RegisterFormat,
} from "./register-formats.ts";

/** One register row read from a file, with where it came from (for error messages). */
export interface RegisterRow {
  readonly input: Readonly<Record<string, unknown>>;
  readonly file: string;
  readonly line: number;
  /** 1-based column of each field in this file, to point at the cell a later check refuses. */
  readonly columns: Readonly<Record<string, number>>;
}

/** The rows of one register file. */
export interface RegisterFile {
  readonly register: RegisterName;
  readonly rows: readonly RegisterRow[];
}

const MAX_PROBLEMS = 100;

/** Parses CSV (bytes or text) into records with the line each ends on; a syntax error names the line. */
export function parseCsv(
  content: string | Uint8Array,
  file: string,
): { record: string[]; line: number }[] {
  return readCsv(content, file).records.map((r) => ({ record: [...r.cells], line: r.line }));
}

/** The cells of every record of a CSV, header first (for checks against the schema). */
export function parseCsvRows(content: string | Uint8Array, file: string): string[][] {
  return parseCsv(content, file).map((r) => r.record);
}

/**
 * Reads a register CSV (header row first; the register is recognised from the header unless
 * given). Empty cells are left out so the register's defaults apply; numbers are machine numbers
 * (`1234.5`, no grouping). Range and meaning (a negative amount, an unknown unit) are checked
 * by the engine, whose errors name the row and field, mapped back here to line and column.
 * Any problem rejects the whole file, listing every bad cell.
 */
export function readRegisterCsv(
  content: string | Uint8Array,
  file: string,
  format?: RegisterFormat,
): RegisterFile {
  return readRegisterRecords(readCsv(content, file).records, file, format);
}

/** The same, from records already read (header first), e.g. after the header told the kind of file. */
export function readRegisterRecords(
  records: readonly CsvRecord[],
  file: string,
  format?: RegisterFormat,
): RegisterFile {
  const [header, ...rows] = records;
  const names = header?.cells.map((c) => c.toLowerCase()) ?? [];
  const chosen = format ?? detectRegister(names);
  if (!header || !chosen)
    throw fileProblemsError([
      {
        file,
        line: 1,
        code: "import.unknown_register",
        message: `Không nhận ra loại sổ theo dõi từ dòng tiêu đề; mỗi loại cần các cột: ${REGISTER_FORMATS.map((f) => `${f.file} (${f.signature.join(", ")})`).join("; ")}.`,
      },
    ]);
  const positions = headerPositions(names, chosen, file);
  const columns = Object.fromEntries(
    [...positions].map(([column, index]) => [column.field, index + 1]),
  );
  const problems: FileProblem[] = [];
  const read: RegisterRow[] = [];
  const numbers = new FileNumbers();
  for (const { cells: record, line } of rows) {
    if (record.length !== names.length) {
      problems.push({
        file,
        line,
        code: "import.column_count",
        message: `Dòng có ${record.length} cột, tiêu đề có ${names.length} cột.`,
      });
      continue;
    }
    const input: Record<string, unknown> = {};
    for (const [column, index] of positions) {
      const cell = record[index] ?? "";
      if (cell === "") continue;
      const value = readCell(cell, column.kind, numbers, line);
      if (value === undefined || isRefusal(value))
        problems.push({
          file,
          line,
          column: index + 1,
          field: column.name,
          code: value?.code ?? "import.invalid_cell",
          message: value?.message ?? invalidMessage(cell, column.kind),
        });
      else input[column.field] = value.value;
    }
    read.push({ input, file, line, columns });
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  return { register: chosen.register, rows: read };
}

/** Where each known column is; refuses unknown columns and missing required ones. */
function headerPositions(
  names: readonly string[],
  format: RegisterFormat,
  file: string,
): Map<RegisterColumn, number> {
  const positions = new Map<RegisterColumn, number>();
  const problems: FileProblem[] = [];
  names.forEach((name, index) => {
    const column = format.columns.find((c) => c.name === name || c.aliases?.includes(name));
    if (!column)
      problems.push({
        file,
        line: 1,
        column: index + 1,
        field: name,
        code: "import.unknown_column",
        message: `Cột "${name}" không có trong định dạng ${format.file} (các cột: ${format.columns.map((c) => c.name).join(", ")}).`,
      });
    else if (positions.has(column))
      problems.push({
        file,
        line: 1,
        column: index + 1,
        field: name,
        code: "import.duplicate_column",
        message: `Cột "${column.name}" xuất hiện hai lần.`,
      });
    else positions.set(column, index);
  });
  for (const column of format.columns)
    if (column.required && !positions.has(column))
      problems.push({
        file,
        line: 1,
        field: column.name,
        code: "import.missing_column",
        message: `Thiếu cột "${column.name}" trong dòng tiêu đề.`,
      });
  if (problems.length > 0) throw fileProblemsError(problems);
  return positions;
}

type Refusal = { readonly code: string; readonly message: string };

function isRefusal(read: { value: unknown } | Refusal): read is Refusal {
  return "code" in read;
}

/** A cell as its column's kind, a refusal saying why not (an ambiguous number), or undefined. */
function readCell(
  cell: string,
  kind: CellKind,
  numbers: FileNumbers,
  line: number,
): { value: unknown } | Refusal | undefined {
  switch (kind) {
    case "number": {
      const read = numbers.read(cell, line);
      return "value" in read ? { value: read.value } : "code" in read ? read : undefined;
    }
    case "boolean": {
      const v = cell.toLowerCase();
      return v === "true" || v === "1"
        ? { value: true }
        : v === "false" || v === "0"
          ? { value: false }
          : undefined;
    }
    case "codes":
      return {
        value: cell
          .split(";")
          .map((c) => c.trim())
          .filter((c) => c !== ""),
      };
    default:
      return { value: cell };
  }
}

function invalidMessage(cell: string, kind: CellKind): string {
  if (kind === "number")
    return `"${cell}" không phải là số: cần dạng 1234 hoặc 1234.5 (dấu chấm thập phân, không phân cách hàng nghìn).`;
  return `"${cell}" không hợp lệ: cần true hoặc false.`;
}
