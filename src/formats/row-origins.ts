import type { ValueRow } from "./read-values-csv.ts";

/** Where one value came from: file, line, and the column of each field in that file. */
export interface RowOrigin {
  readonly file: string;
  readonly line: number;
  readonly columns: Readonly<Record<string, number>>;
}

/**
 * Where each value of a streamed import came from, by its position, kept compact (a file number
 * and a line per value) so that millions of rows cost a few bytes each, not an object.
 */
export class RowOrigins {
  private files: { readonly file: string; readonly columns: ValueRow["columns"] }[] = [];
  private fileOf = new Uint16Array(1024);
  private lineOf = new Uint32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Records the origin of the next value. */
  add(row: ValueRow): void {
    let id = this.files.length - 1;
    const last = this.files[id];
    if (!last || last.file !== row.file || last.columns !== row.columns) {
      this.files.push({ file: row.file, columns: row.columns });
      id = this.files.length - 1;
    }
    if (this.count === this.lineOf.length) {
      const lines = new Uint32Array(this.count * 2);
      lines.set(this.lineOf);
      this.lineOf = lines;
      const files = new Uint16Array(this.count * 2);
      files.set(this.fileOf);
      this.fileOf = files;
    }
    this.fileOf[this.count] = id;
    this.lineOf[this.count] = row.line;
    this.count++;
  }

  /** The origin of the value at `index`, if there is one. */
  at(index: number): RowOrigin | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const source = this.files[this.fileOf[index] as number];
    return source && { ...source, line: this.lineOf[index] as number };
  }
}
