import type { ValueInput } from "../engine/index.ts";
import {
  type CsvHead,
  type CsvReadOptions,
  type CsvRecord,
  delimiterName,
  FileNumbers,
  type NumberStyle,
  readCsv,
  streamCsv,
  styleName,
} from "./csv/index.ts";
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
type Column = (typeof VALUE_COLUMNS)[number];
const REQUIRED = ["unit", "indicator", "period", "value"] as const;

/** One value read from a file, with the line it came from (for error messages). */
export interface ValueRow {
  readonly input: ValueInput;
  readonly file: string;
  readonly line: number;
  /** 1-based column of each field in this file, to point at the cell a later check refuses. */
  readonly columns: Readonly<Record<string, number>>;
}

/** How to read a values file, beyond what it declares itself. */
export interface ValuesCsvOptions extends CsvReadOptions {
  /** The number style (`--numbers vi|en`); else the file's `#numbers=` line, else unambiguous cells only. */
  readonly numbers?: NumberStyle;
  /** An empty value cell deletes the stored value (`--clear-empty`); else it changes nothing. */
  readonly clearEmpty?: boolean;
  /** Indicators whose value is text: their cells are taken as written, never as numbers. */
  readonly textIndicators?: ReadonlySet<string>;
}

/** Rows yielded per chunk by `streamValuesCsv`. */
const STREAM_CHUNK = 5000;
/** How many problems a file may report before the reader stops listing them. */
const MAX_PROBLEMS = 100;

/**
 * Reads a tidy values CSV (one row per value; header `unit,indicator,period,disaggregation,
 * value,status,note`) given whole, as bytes or text. Every bad cell is reported with its line
 * and column; any problem rejects the whole file. Rows whose value cell is empty are left out
 * unless `clearEmpty`.
 */
export function readValuesCsv(
  content: string | Uint8Array,
  file: string,
  options: ValuesCsvOptions = {},
): ValueRow[] {
  const { head, records } = readCsv(content, file, options);
  return readValueRecords(head, records, file, options);
}

/** The same, from records already read (header first). */
export function readValueRecords(
  head: CsvHead,
  records: readonly CsvRecord[],
  file: string,
  options: ValuesCsvOptions,
): ValueRow[] {
  const [header, ...rows] = records;
  const reader = new ValueRowReader(header, head, file, options);
  const values: ValueRow[] = [];
  for (const record of rows) {
    const row = reader.read(record);
    if (row) values.push(row);
    if (reader.full) break;
  }
  reader.finish();
  return values;
}

/**
 * Reads a values CSV as its bytes arrive, yielding rows in chunks: memory holds one chunk. The
 * first problem stops the chunks (so nothing more is written); reading goes on to list up to 100
 * problems, then throws them all.
 */
export async function streamValuesCsv(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  options: ValuesCsvOptions = {},
): Promise<ValueStream> {
  const { head, records } = await streamCsv(chunks, file, options);
  return valueStream(head, records[Symbol.asyncIterator](), file, options);
}

/** The rows of a values file being read, in chunks, and how many rows were left out as empty. */
export interface ValueStream {
  readonly head: CsvHead;
  readonly rows: AsyncIterable<ValueRow[]>;
  readonly skipped: () => number;
}

/** A values stream over records already opened (the header not yet taken), for `streamValuesCsv` and importers that peek. */
export async function valueStream(
  head: CsvHead,
  iterator: AsyncIterator<CsvRecord>,
  file: string,
  options: ValuesCsvOptions,
  header?: CsvRecord,
): Promise<ValueStream> {
  const first = header ? { done: false, value: header } : await iterator.next();
  const reader = new ValueRowReader(first.done ? undefined : first.value, head, file, options);
  async function* rows(): AsyncGenerator<ValueRow[]> {
    let chunk: ValueRow[] = [];
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const row = reader.read(next.value);
        if (reader.failed) {
          chunk = [];
          if (reader.full) break;
          continue;
        }
        if (row) chunk.push(row);
        if (chunk.length >= STREAM_CHUNK) {
          yield chunk;
          chunk = [];
        }
      }
    } finally {
      await iterator.return?.();
    }
    reader.finish();
    if (chunk.length > 0) yield chunk;
  }
  return { head, rows: rows(), skipped: () => reader.skipped };
}

/** Reads the rows of one values file after its header, collecting problems. */
class ValueRowReader {
  readonly problems: FileProblem[] = [];
  /** Rows left out because their value cell was empty. */
  skipped = 0;
  private readonly index: Record<Column, number>;
  private readonly fieldColumns: Record<string, number>;
  private readonly width: number;
  private readonly numbers: FileNumbers;

  constructor(
    header: CsvRecord | undefined,
    head: CsvHead,
    private readonly file: string,
    private readonly options: ValuesCsvOptions,
  ) {
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
    const columns = header.cells.map((c) => c.toLowerCase());
    checkHeader(columns, header.line, file, head);
    this.width = columns.length;
    this.index = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, columns.indexOf(c)])) as Record<
      Column,
      number
    >;
    this.fieldColumns = Object.fromEntries(
      VALUE_COLUMNS.filter((c) => this.index[c] >= 0).map((c) => [c, this.index[c] + 1]),
    );
    const declared = head.declared.numbers;
    if (options.numbers && declared && options.numbers !== declared)
      throw fileProblemsError([
        {
          file,
          line: 1,
          code: "import.number_style",
          message: `Tệp khai báo số ${styleName(declared)}, lệnh nhập lại chọn ${styleName(options.numbers)}.`,
        },
      ]);
    this.numbers = new FileNumbers(options.numbers ?? declared);
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  /** Throws every problem found, if any. */
  finish(): void {
    if (this.problems.length > 0) throw fileProblemsError(this.problems);
  }

  read({ cells, line }: CsvRecord): ValueRow | undefined {
    const { file, index } = this;
    const cell = (c: Column) => (index[c] >= 0 ? (cells[index[c]] ?? "") : "");
    const problem = (c: Column, code: string, message: string) =>
      this.problems.push({ file, line, column: index[c] + 1, field: c, code, message });
    if (cells.length !== this.width) {
      this.problems.push({
        file,
        line,
        code: "import.column_count",
        message: `Dòng có ${cells.length} cột, tiêu đề có ${this.width} cột.`,
      });
      return undefined;
    }
    const before = this.problems.length;
    for (const c of REQUIRED.filter((c) => c !== "value"))
      if (cell(c) === "") problem(c, "import.empty_cell", `Thiếu giá trị ở cột "${c}".`);
    const raw = cell("value");
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
    let value: number | null = null;
    let textValue: string | undefined;
    if (raw !== "") {
      if (this.options.textIndicators?.has(cell("indicator"))) textValue = raw;
      else {
        const read = this.numbers.read(raw, line);
        if ("value" in read) value = read.value;
        else if ("text" in read) textValue = read.text;
        else problem("value", read.code, read.message);
      }
    }
    if (this.problems.length > before || status === undefined || disaggregation === undefined)
      return undefined;
    if (raw === "" && !this.options.clearEmpty) {
      this.skipped++;
      return undefined;
    }
    return {
      file,
      line,
      columns: this.fieldColumns,
      input: {
        indicator: cell("indicator"),
        unit: cell("unit"),
        period: cell("period"),
        disaggregation,
        value,
        ...(textValue !== undefined ? { textValue } : {}),
        ...(raw === "" ? { delete: true } : {}),
        status,
        note: cell("note"),
        source: "import",
      },
    };
  }
}

/** Refuses a header missing a required column or with an unknown one (a wrong separator shows here). */
function checkHeader(columns: readonly string[], line: number, file: string, head: CsvHead): void {
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(VALUE_COLUMNS as readonly string[]).includes(c));
  if (missing.length === 0 && unknown.length === 0) return;
  const read =
    head.encoding === "text"
      ? `phân cách bằng ${delimiterName(head.delimiter)}`
      : `đọc với bảng mã ${head.encoding}, phân cách bằng ${delimiterName(head.delimiter)}`;
  const problems: FileProblem[] = [
    ...missing.map((c) => ({
      file,
      line,
      field: c,
      code: "import.missing_column",
      message: `Thiếu cột "${c}" trong dòng tiêu đề (${read}).`,
    })),
    ...unknown.map((c) => ({
      file,
      line,
      column: columns.indexOf(c) + 1,
      field: c,
      code: "import.unknown_column",
      message: `Cột "${c}" không có trong định dạng (các cột: ${VALUE_COLUMNS.join(", ")}).`,
    })),
  ];
  throw fileProblemsError(problems);
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
