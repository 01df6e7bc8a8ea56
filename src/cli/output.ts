import { type Command, Option } from "commander";
import type { CliIo } from "./context.ts";

/** The output formats of listing commands. */
export type OutputFormat = "table" | "json" | "csv";

/** A column of a listing: its header and how to read the cell from a row. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null;
}

/** Adds `--format` to a listing command. */
export function withFormatOption(command: Command): Command {
  return command.addOption(
    new Option(
      "-f, --format <format>",
      "định dạng (mặc định: table trên màn hình, json khi chuyển tiếp)",
    ).choices(["table", "json", "csv"]),
  );
}

/** Prints rows as an aligned table, JSON (one array) or CSV with a header row. */
export function printRows<T>(
  io: CliIo,
  rows: readonly T[],
  columns: readonly Column<T>[],
  format?: string,
): void {
  const chosen = (format ?? (io.interactive ? "table" : "json")) as OutputFormat;
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  if (chosen === "json") {
    io.out(
      JSON.stringify(
        cells.map((r) => Object.fromEntries(columns.map((c, i) => [c.header, r[i] ?? null]))),
        null,
        2,
      ),
    );
  } else if (chosen === "csv") {
    for (const line of [columns.map((c) => c.header), ...cells])
      io.out(line.map(csvCell).join(","));
  } else {
    const text = cells.map((r) => r.map((v) => (v === null ? "" : String(v))));
    const widths = columns.map((c, i) =>
      Math.max(c.header.length, ...text.map((r) => (r[i] ?? "").length)),
    );
    io.out(
      columns
        .map((c, i) => c.header.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    );
    for (const r of text)
      io.out(
        r
          .map((v, i) => v.padEnd(widths[i] ?? 0))
          .join("  ")
          .trimEnd(),
      );
  }
}

function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
