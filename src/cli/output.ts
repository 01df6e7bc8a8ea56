import { type Command, Option } from "commander";
import type { CliIo } from "./context.ts";

/** The output formats of listing commands. */
export type OutputFormat = "table" | "json" | "csv";

/**
 * A column of a listing: its key in JSON and CSV (stable, for scripts), its Vietnamese heading on
 * the screen, and how to read the cell from a row. On the screen a cell is cut to `width` (with
 * "…") so a listing fits a terminal of 100 columns; `inTable: false` leaves a long column (a
 * formula) to JSON and CSV.
 */
export interface Column<T> {
  readonly header: string;
  readonly label: string;
  readonly value: (row: T) => string | number | null;
  readonly width?: number;
  readonly inTable?: boolean;
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
    printTable(io, rows, columns);
  }
}

/** The table on the screen: Vietnamese headings, cells cut to their column's width. */
function printTable<T>(io: CliIo, rows: readonly T[], all: readonly Column<T>[]): void {
  const columns = all.filter((c) => c.inTable !== false);
  const cut = (text: string, width: number | undefined) =>
    width !== undefined && text.length > width ? `${text.slice(0, width - 1)}…` : text;
  const lines = [
    columns.map((c) => cut(c.label, c.width)),
    ...rows.map((row) =>
      columns.map((c) => {
        const v = c.value(row);
        return cut(v === null ? "" : String(v), c.width);
      }),
    ),
  ];
  const widths = columns.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? "").length)));
  for (const line of lines)
    io.out(
      line
        .map((v, i) => v.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    );
}

function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
