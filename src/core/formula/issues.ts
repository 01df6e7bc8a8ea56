import type { ErrorCode } from "../error-codes.ts";
import { BaocaoError } from "../errors.ts";
import type { Span } from "./ast.ts";

/** A problem the checker or evaluator found, located in the source. */
export interface FormulaIssue {
  /** Stable code such as `formula.unknown_name` or `formula.division_by_zero`. */
  readonly code: ErrorCode;
  /** Vietnamese message ending with "ở dòng L, cột C". */
  readonly message: string;
  readonly span: Span;
  readonly line: number;
  readonly column: number;
}

/** Builds a frozen issue whose message ends with the position of `at`. */
export function issueAt(code: ErrorCode, what: string, at: Span): FormulaIssue {
  return Object.freeze({
    code,
    message: `${what} ở dòng ${at.line}, cột ${at.column}`,
    span: at,
    line: at.line,
    column: at.column,
  });
}

/** A BaocaoError for a tree the checker would have rejected, located at `at`. */
export function issueError(code: ErrorCode, what: string, at: Span): BaocaoError {
  const issue = issueAt(code, what, at);
  return new BaocaoError(code, issue.message, { line: issue.line, column: issue.column });
}
