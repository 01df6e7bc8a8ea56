import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Columns } from "../dialect.ts";

/**
 * Rows for `COPY … FROM STDIN`, given column by column, as the one parameter of the COPY
 * statement. Kysely hands a statement's text and parameters to the `pg` client of the connection
 * it runs on, and never the client itself; a statement whose parameter is this object is how a
 * COPY reaches the client of the caller's transaction (see `CopyingClient`).
 */
export class CopyRows {
  constructor(readonly columns: Columns) {}

  get count(): number {
    return this.columns[0]?.length ?? 0;
  }

  /** The rows in COPY's text format, a few thousand rows a piece. */
  *pieces(rowsPerPiece = 2000): Generator<string> {
    const columns = this.columns;
    const count = this.count;
    for (let start = 0; start < count; start += rowsPerPiece) {
      const end = Math.min(count, start + rowsPerPiece);
      let text = "";
      for (let row = start; row < end; row++) {
        for (let c = 0; c < columns.length; c++) {
          if (c > 0) text += "\t";
          text += copyField((columns[c] as readonly unknown[])[row]);
        }
        text += "\n";
      }
      yield text;
    }
  }
}

/** Characters COPY's text format gives a meaning to: escaped with a backslash. */
const SPECIAL = /[\\\t\n\r]/;

/** One field in COPY's text format: `\N` for null, backslash escapes for the rest. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = typeof value === "string" ? value : String(value);
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/**
 * The `pg` client of baocao's pool (`pg.Pool({ Client })`): a plain client, except that a
 * statement whose only parameter is a `CopyRows` runs as `COPY … FROM STDIN` on this client, so
 * on the connection, and in the transaction, of the Kysely executor that sent it. Its result
 * looks like any statement's to Kysely (the rows copied as `rowCount`).
 */
export class CopyingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: the override has to accept every overload of pg's query
  override query(...args: any[]): any {
    const [text, values] = args;
    const rows = Array.isArray(values) && values.length === 1 ? values[0] : undefined;
    if (typeof text === "string" && rows instanceof CopyRows) return this.copy(text, rows);
    // biome-ignore lint/suspicious/noExplicitAny: forwarded as received
    return (super.query as (...a: any[]) => any)(...args);
  }

  private async copy(text: string, rows: CopyRows): Promise<pg.QueryResult> {
    const stream = super.query(copyFrom(text));
    await pipeline(Readable.from(rows.pieces()), stream);
    return { command: "COPY", rowCount: stream.rowCount, rows: [], oid: 0, fields: [] };
  }
}
