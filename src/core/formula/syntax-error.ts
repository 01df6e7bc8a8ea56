import { BaocaoError } from "../errors.ts";
import type { SourceMap } from "./source-position.ts";

/** Why a formula could not be read; kept in `details.reason` of a `formula.syntax` error. */
export type SyntaxReason =
  | "empty"
  | "invalid_character"
  | "invalid_number"
  | "missing_token"
  | "unexpected_token"
  | "chained_comparison"
  | "invalid_selector"
  | "too_long"
  | "too_deep";

/**
 * Builds a `formula.syntax` error whose message ends with the line and column, e.g.
 * "Thiếu dấu ')' ở dòng 1, cột 12", and whose details carry the position and an excerpt.
 */
export function syntaxError(
  source: SourceMap,
  offset: number,
  reason: SyntaxReason,
  what: string,
  extra: Record<string, unknown> = {},
): BaocaoError {
  const { line, column } = source.locate(offset);
  return new BaocaoError("formula.syntax", `${what} ở dòng ${line}, cột ${column}`, {
    reason,
    offset,
    line,
    column,
    excerpt: source.excerpt(offset),
    ...extra,
  });
}
