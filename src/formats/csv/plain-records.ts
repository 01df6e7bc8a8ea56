import type { CsvDelimiter } from "./delimiter.ts";

/** One record of a plain CSV: its cells as written (untrimmed) and its 1-based line. */
export interface PlainRecord {
  readonly cells: string[];
  readonly line: number;
}

/**
 * Splits CSV text that has no quote character into records, piece by piece as it is decoded —
 * the common case of a large values file, read here at several times csv-parse's speed. Without
 * quotes a record is a line and a cell is what lies between separators; this gives exactly what
 * csv-parse gives with the reader's options (`\r\n`, `\n` or `\r` end a line, empty lines are
 * skipped but counted, lines before `fromLine` are skipped). Text with a quote is the caller's to
 * hand to csv-parse, from the first line not yet finished here (`pending`, `lines`).
 */
export class PlainRecords {
  /** Lines finished so far (skipped ones included). */
  lines = 0;
  /** The start of a line not finished yet. */
  pending = "";

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly fromLine: number,
  ) {}

  /** The records that the next piece of text finishes. */
  push(text: string): PlainRecord[] {
    // A `\r` at the very end may be the first half of `\r\n`: it waits for the next piece.
    return this.split(this.pending + text, true);
  }

  /** The last record, when the text does not end with a line break. */
  end(): PlainRecord[] {
    const records = this.split(this.pending, false);
    const last = this.pending !== "" ? this.record(this.pending) : undefined;
    if (last) records.push(last);
    this.pending = "";
    return records;
  }

  private split(text: string, holdLastReturn: boolean): PlainRecord[] {
    const records: PlainRecord[] = [];
    const end = holdLastReturn && text.endsWith("\r") ? text.length - 1 : text.length;
    let from = 0;
    let nextN = text.indexOf("\n");
    let nextR = text.indexOf("\r");
    for (;;) {
      if (nextN !== -1 && nextN < from) nextN = text.indexOf("\n", from);
      if (nextR !== -1 && nextR < from) nextR = text.indexOf("\r", from);
      const at = nextR === -1 ? nextN : nextN === -1 ? nextR : Math.min(nextN, nextR);
      if (at === -1 || at >= end) break;
      const line = text.slice(from, at);
      from = at + (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1);
      const record = this.record(line);
      if (record) records.push(record);
    }
    this.pending = text.slice(from);
    return records;
  }

  private record(line: string): PlainRecord | undefined {
    this.lines++;
    if (line === "" || this.lines < this.fromLine) return undefined;
    return { cells: line.split(this.delimiter), line: this.lines };
  }
}
