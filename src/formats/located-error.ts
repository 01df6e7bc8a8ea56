import { BaocaoError } from "../core/errors.ts";

/** Where in a file a problem is: the file, and a line and column or a CSV row and column. */
export interface SourceLocation {
  readonly file: string;
  /** 1-based line in the file (for a CSV row: the line it starts on). */
  readonly line?: number;
  /** 1-based column: a character column in YAML, a field number in CSV. */
  readonly column?: number;
  /** The CSV column name or the document path (`indicators[3].unit`). */
  readonly field?: string;
}

/** One problem of an input file, located. */
export interface FileProblem extends SourceLocation {
  readonly code: string;
  readonly message: string;
}

/** "tệp data.csv, dòng 12, cột 3 (value)" — how a location reads in a message. */
export function describeLocation(at: SourceLocation): string {
  const parts = [`tệp ${at.file}`];
  if (at.line !== undefined) parts.push(`dòng ${at.line}`);
  if (at.column !== undefined) parts.push(`cột ${at.column}${at.field ? ` (${at.field})` : ""}`);
  else if (at.field) parts.push(at.field);
  return parts.join(", ");
}

/** The error for a set of file problems: the first in the message, all of them in the details. */
export function fileProblemsError(problems: readonly FileProblem[]): BaocaoError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : "";
  const message = first
    ? `${describeLocation(first)}: ${first.message}${more}`
    : "Tệp nhập không hợp lệ.";
  return new BaocaoError("import.invalid", message, { problems });
}
