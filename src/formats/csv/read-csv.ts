import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, type Options, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { type FileProblem, fileProblemsError } from "../located-error.ts";
import { type DeclaredOptions, readOptionsLine } from "./csv-options.ts";
import { type CsvDelimiter, detectDelimiter } from "./delimiter.ts";
import { type CsvEncoding, decoderFor, detectEncoding } from "./encoding.ts";
import { PlainRecords } from "./plain-records.ts";

/** What the reader found out about a file before its records. */
export interface CsvHead {
  /** The encoding read (`text` when the caller gave text already decoded). */
  readonly encoding: CsvEncoding | "text";
  readonly delimiter: CsvDelimiter;
  /** Options the file declares on a first `#` line. */
  readonly declared: DeclaredOptions;
}

/** One record: its cells (trimmed, in NFC) and the line it ends on. */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

/** How to read: an encoding forced by the user instead of the guess. */
export interface CsvReadOptions {
  readonly encoding?: CsvEncoding;
}

/** Bytes looked at to guess the encoding and the separator. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads a whole CSV (bytes or decoded text): encoding (BOM, UTF-16, UTF-8, Windows-1258 or
 * -1252) and separator (`,` `;` tab) detected, any line ending, an optional `#…` options line,
 * every cell trimmed and in NFC. Registers and small files use it; large ones `streamCsv`.
 */
export function readCsv(
  content: string | Uint8Array,
  file: string,
  options: CsvReadOptions = {},
): { head: CsvHead; records: CsvRecord[] } {
  const { encoding, text } =
    typeof content === "string"
      ? { encoding: "text" as const, text: content.replace(/^\uFEFF/, "") }
      : decodeAll(content, file, options);
  const start = headOf(text, encoding, file);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseSync(text, parserOptions(start)) as unknown as typeof rows;
  } catch (error) {
    throw syntaxError(error, file);
  }
  return {
    head: start.head,
    records: rows.map((r) => toRecord(r.record, r.info.lines, file)),
  };
}

/**
 * Reads a CSV as it arrives, with memory bounded by one chunk: the same detection as `readCsv`
 * on the first 64 KiB, then records one by one.
 */
export async function streamCsv(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  options: CsvReadOptions = {},
): Promise<{ head: CsvHead; records: AsyncIterable<CsvRecord> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    first.push(next.value);
    size += next.value.byteLength;
  }
  const headBytes = Buffer.concat(first);
  const { encoding, bom } = chooseEncoding(headBytes, done, file, options);
  const decoder = decoderFor(encoding);
  const headText = decoder.write(headBytes.subarray(bom));
  const start = headOf(headText, encoding, file);
  async function* texts(): AsyncGenerator<string> {
    yield headText;
    if (!done)
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield decoder.write(next.value);
    yield decoder.end();
  }
  async function* records(): AsyncGenerator<CsvRecord> {
    // Text without a quote is split here; from the first piece with a quote on, csv-parse reads
    // the rest, starting at the first line not finished, its line numbers shifted to the file's.
    const pieces = texts();
    const plain = new PlainRecords(start.head.delimiter, start.fromLine);
    let quoted: string | undefined;
    for (let next = await pieces.next(); !next.done; next = await pieces.next()) {
      if (next.value.includes('"')) {
        quoted = next.value;
        break;
      }
      for (const r of plain.push(next.value)) yield toRecord(r.cells, r.line, file);
    }
    if (quoted === undefined) {
      for (const r of plain.end()) yield toRecord(r.cells, r.line, file);
      return;
    }
    const shift = plain.lines;
    async function* rest(): AsyncGenerator<string> {
      yield plain.pending + quoted;
      yield* pieces;
    }
    const options = { ...parserOptions(start), from_line: Math.max(1, start.fromLine - shift) };
    const parser = parse({ ...options, info: true });
    const feeding = pipeline(Readable.from(rest()), parser).catch((error: unknown) => {
      parser.destroy(error as Error);
    });
    try {
      for await (const row of parser as AsyncIterable<{
        record: string[];
        info: { lines: number };
      }>)
        yield toRecord(row.record, row.info.lines + shift, file);
    } catch (error) {
      throw syntaxError(error, file, shift);
    } finally {
      parser.destroy();
      await feeding;
    }
  }
  return { head: start.head, records: records() };
}

function decodeAll(
  bytes: Uint8Array,
  file: string,
  options: CsvReadOptions,
): { encoding: CsvEncoding; text: string } {
  const head = bytes.subarray(0, HEAD_BYTES);
  const { encoding, bom } = chooseEncoding(head, head.length === bytes.length, file, options);
  const decoder = decoderFor(encoding);
  return { encoding, text: decoder.write(bytes.subarray(bom)) + decoder.end() };
}

function chooseEncoding(
  head: Uint8Array,
  complete: boolean,
  file: string,
  options: CsvReadOptions,
): { encoding: CsvEncoding; bom: number } {
  if (head.byteLength === 0) throw problem(file, 1, "import.empty", "Tệp rỗng (0 byte).");
  const guess = detectEncoding(head, complete);
  if ("refused" in guess)
    throw problem(
      file,
      undefined,
      "import.encoding",
      `Không đọc được tệp: ${guess.refused}. Cần tệp CSV mã hoá UTF-8, UTF-16, Windows-1258 hoặc Windows-1252.`,
    );
  if (!options.encoding) return guess;
  return { encoding: options.encoding, bom: guess.encoding === options.encoding ? guess.bom : 0 };
}

/** The separator and the options line, from the beginning of the decoded text. */
function headOf(
  text: string,
  encoding: CsvEncoding | "text",
  file: string,
): { head: CsvHead; fromLine: number } {
  const lines = text.split(/\r\n|\n|\r/, 2);
  let declared: DeclaredOptions = {};
  let fromLine = 1;
  if (lines[0]?.startsWith("#")) {
    const read = readOptionsLine(lines[0].trim());
    if (read.problem) throw problem(file, 1, "import.invalid_option", read.problem);
    declared = read.options;
    fromLine = 2;
  }
  const header = lines[fromLine - 1] ?? "";
  if (header.trim() === "")
    throw problem(file, fromLine, "import.empty", "Tệp không có dòng tiêu đề.");
  return { head: { encoding, delimiter: detectDelimiter(header), declared }, fromLine };
}

function parserOptions(start: { head: CsvHead; fromLine: number }): Options {
  return {
    info: true,
    delimiter: start.head.delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    from_line: start.fromLine,
    skip_empty_lines: true,
    relax_column_count: true,
  };
}

function toRecord(cells: string[], line: number, file: string): CsvRecord {
  for (let i = 0; i < cells.length; i++) {
    let cell = (cells[i] as string).trim();
    // A cell that is not plain ASCII: composed into NFC (Windows-1258 and macOS write tone marks apart).
    if (/[^\x20-\x7e]/.test(cell)) {
      if (cell.includes("\uFFFD"))
        throw problem(
          file,
          line,
          "import.encoding",
          `Cột ${i + 1} có ký tự không đọc được ("${cell}"): tệp có byte không hợp lệ trong bảng mã đã nhận ra; hãy lưu lại tệp dạng UTF-8.`,
          i + 1,
        );
      cell = cell.normalize("NFC");
    }
    cells[i] = cell;
  }
  return { cells, line };
}

/** A csv-parse error as a located problem; `shift`: lines of the file before the text it read. */
function syntaxError(error: unknown, file: string, shift = 0): unknown {
  // Most of csv-parse's codes start with CSV_, not all (INVALID_OPENING_QUOTE): its class says it.
  if (error instanceof CsvError) {
    const e = error as Error & { lines?: number };
    const line = e.lines === undefined ? undefined : e.lines + shift;
    const message = e.message.replace(
      /at line (\d+)/,
      (_, n: string) => `at line ${Number(n) + shift}`,
    );
    return problem(file, line, "import.csv_syntax", `Lỗi định dạng CSV: ${message}`);
  }
  return error;
}

function problem(
  file: string,
  line: number | undefined,
  code: string,
  message: string,
  column?: number,
) {
  const p: FileProblem = {
    file,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    code,
    message,
  };
  return fileProblemsError([p]);
}
