import { parse } from "csv-parse/sync";
import type { RegisterName } from "../../core/registers/index.ts";
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
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Parses CSV text into records with the line each starts on; a syntax error names the line. */
export function parseCsv(text: string, file: string): { record: string[]; line: number }[] {
  try {
    const records = parse(text.replace(/^\uFEFF/, ""), {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw fileProblemsError([
      {
        file,
        line: e.lines,
        code: "import.csv_syntax",
        message: `Lỗi định dạng CSV: ${e.message}`,
      },
    ]);
  }
}

/** The cells of every record of a CSV text, header first (for checks against the schema). */
export function parseCsvRows(text: string, file: string): string[][] {
  return parseCsv(text, file).map((r) => r.record);
}

/**
 * Reads a register CSV (header row first; the register is recognised from the header unless
 * given). Empty cells are left out so the register's defaults apply; numbers are machine numbers
 * (`1234.5`, no grouping). Range and meaning (a negative amount, an unknown unit) are checked
 * by the engine, whose errors name the row and field, mapped back here to line and column.
 * Any problem rejects the whole file, listing every bad cell.
 */
export function readRegisterCsv(text: string, file: string, format?: RegisterFormat): RegisterFile {
  const [header, ...rows] = parseCsv(text, file);
  const names = header?.record.map((c) => c.toLowerCase()) ?? [];
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
  for (const { record, line } of rows) {
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
      const value = readCell(cell, column.kind);
      if (value === undefined)
        problems.push({
          file,
          line,
          column: index + 1,
          field: column.name,
          code: "import.invalid_cell",
          message: invalidMessage(cell, column.kind),
        });
      else input[column.field] = value;
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

function readCell(cell: string, kind: CellKind): unknown {
  switch (kind) {
    case "number":
      return NUMBER.test(cell) ? Number(cell) : undefined;
    case "boolean": {
      const v = cell.toLowerCase();
      return v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : undefined;
    }
    case "codes":
      return cell
        .split(";")
        .map((c) => c.trim())
        .filter((c) => c !== "");
    default:
      return cell;
  }
}

function invalidMessage(cell: string, kind: CellKind): string {
  if (kind === "number")
    return `"${cell}" không phải là số: cần dạng 1234 hoặc 1234.5 (dấu chấm thập phân, không phân cách hàng nghìn).`;
  return `"${cell}" không hợp lệ: cần true hoặc false.`;
}
