import { parse } from "csv-parse/sync";
import type { ValueInput } from "../engine/index.ts";
import { type FileProblem, fileProblemsError } from "./located-error.ts";

/** The columns of a values file, in the documented order; `disaggregation`, `status` and `note` may be left empty. */
export const VALUE_COLUMNS = [
  "unit",
  "indicator",
  "period",
  "disaggregation",
  "value",
  "status",
  "note",
] as const;
const REQUIRED = ["unit", "indicator", "period", "value"] as const;

/** One value read from a file, with the line it came from (for error messages). */
export interface ValueRow {
  readonly input: ValueInput;
  readonly file: string;
  readonly line: number;
  /** 1-based column of each field in this file, to point at the cell a later check refuses. */
  readonly columns: Readonly<Record<string, number>>;
}

/** How many problems a file may report before the reader stops listing them. */
const MAX_PROBLEMS = 100;

/**
 * Reads a tidy values CSV (one row per value; header `unit,indicator,period,disaggregation,
 * value,status,note`). Numbers use `.` as the decimal mark and no grouping, as spreadsheets
 * export them; a text value goes in `value` for text indicators. Every bad cell is reported
 * with its line and column; any problem rejects the whole file.
 */
export function readValuesCsv(text: string, file: string): ValueRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
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
  const [header, ...rows] = records;
  if (!header)
    throw fileProblemsError([
      {
        file,
        line: 1,
        code: "import.empty",
        message:
          "Tệp rỗng: cần dòng tiêu đề unit,indicator,period,disaggregation,value,status,note.",
      },
    ]);
  const columns = header.record.map((c) => c.toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(VALUE_COLUMNS as readonly string[]).includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    const problems: FileProblem[] = [
      ...missing.map((c) => ({
        file,
        line: 1,
        field: c,
        code: "import.missing_column",
        message: `Thiếu cột "${c}" trong dòng tiêu đề.`,
      })),
      ...unknown.map((c) => ({
        file,
        line: 1,
        column: columns.indexOf(c) + 1,
        field: c,
        code: "import.unknown_column",
        message: `Cột "${c}" không có trong định dạng (các cột: ${VALUE_COLUMNS.join(", ")}).`,
      })),
    ];
    throw fileProblemsError(problems);
  }
  const index = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, columns.indexOf(c)])) as Record<
    (typeof VALUE_COLUMNS)[number],
    number
  >;

  const fieldColumns = Object.fromEntries(
    VALUE_COLUMNS.filter((c) => index[c] >= 0).map((c) => [c, index[c] + 1]),
  );
  const problems: FileProblem[] = [];
  const values: ValueRow[] = [];
  for (const { record, info } of rows) {
    const line = info.lines;
    const cell = (c: (typeof VALUE_COLUMNS)[number]) =>
      index[c] >= 0 ? (record[index[c]] ?? "") : "";
    const problem = (c: (typeof VALUE_COLUMNS)[number], code: string, message: string) =>
      problems.push({ file, line, column: index[c] + 1, field: c, code, message });
    if (record.length !== columns.length) {
      problems.push({
        file,
        line,
        code: "import.column_count",
        message: `Dòng có ${record.length} cột, tiêu đề có ${columns.length} cột.`,
      });
      continue;
    }
    for (const c of REQUIRED.filter((c) => c !== "value"))
      if (cell(c) === "") problem(c, "import.empty_cell", `Thiếu giá trị ở cột "${c}".`);
    const value = parseValue(cell("value"));
    if (value === undefined)
      problem(
        "value",
        "import.invalid_number",
        `"${cell("value")}" không phải là số: cần dạng 1234 hoặc 1234.5 (dấu chấm thập phân, không phân cách hàng nghìn).`,
      );
    const status = parseStatus(cell("status"));
    if (status === undefined)
      problem(
        "status",
        "import.invalid_status",
        `Trạng thái "${cell("status")}" không hợp lệ: cần "official" (chính thức) hoặc "estimate" (ước).`,
      );
    const disaggregation = parseDisaggregation(cell("disaggregation"));
    if (disaggregation === undefined)
      problem(
        "disaggregation",
        "import.invalid_disaggregation",
        `Phân tổ "${cell("disaggregation")}" không hợp lệ: cần dạng nhóm=lựa_chọn, nhiều cặp cách nhau bởi dấu chấm phẩy.`,
      );
    if (problems.length >= MAX_PROBLEMS) break;
    if (status === undefined || disaggregation === undefined) continue;
    values.push({
      file,
      line,
      columns: fieldColumns,
      input: {
        indicator: cell("indicator"),
        unit: cell("unit"),
        period: cell("period"),
        disaggregation,
        value: typeof value === "number" ? value : null,
        ...(typeof value === "string" ? { textValue: value } : {}),
        status,
        note: cell("note"),
        source: "import",
      },
    });
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  return values;
}

/**
 * A number in machine form (`1234.5`), else the text as written: text indicators take it as it
 * is, numeric ones refuse it with a message naming the expected form.
 */
function parseValue(cell: string): number | string | null {
  if (cell === "") return null;
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : cell;
}

function parseStatus(cell: string): "official" | "estimate" | undefined {
  const s = cell.toLowerCase();
  if (s === "" || s === "official" || s === "chính thức") return "official";
  if (s === "estimate" || s === "ước") return "estimate";
  return undefined;
}

function parseDisaggregation(cell: string): Record<string, string> | undefined {
  if (cell === "") return {};
  const pairs = cell.split(";").map((p) => p.trim().split("="));
  if (pairs.some((p) => p.length !== 2 || !p[0] || !p[1])) return undefined;
  return Object.fromEntries(pairs.map(([k, v]) => [(k as string).trim(), (v as string).trim()]));
}
