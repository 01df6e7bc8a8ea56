import type { RegisterName } from "../../core/registers/index.ts";
import { formatOf, REGISTER_FORMATS } from "./register-formats.ts";

/** A file to hand to the user: its name and its text. */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Writes register records as the CSV the reader takes back (header row, every documented column,
 * CRLF line ends, machine numbers, `;`-joined code lists): export, edit by hand, import again.
 */
export function writeRegisterCsv(register: RegisterName, records: readonly object[]): string {
  const { columns } = formatOf(register);
  const lines = [
    columns.map((c) => c.name),
    ...records.map((record) => {
      const r = record as Record<string, unknown>;
      return columns.map((c) => cellText(r[c.field]));
    }),
  ];
  return `${lines.map((cells) => cells.map(quote).join(",")).join("\r\n")}\r\n`;
}

/** Writes every register that has rows, one file each under its usual name. */
export function writeRegisterFiles(
  registers: Partial<Record<RegisterName, readonly object[]>>,
): OutputFile[] {
  return REGISTER_FORMATS.flatMap((f) => {
    const records = registers[f.register] ?? [];
    return records.length > 0
      ? [{ name: f.file, text: writeRegisterCsv(f.register, records) }]
      : [];
  });
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
