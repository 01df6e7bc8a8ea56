import { BaocaoError } from "../errors.ts";
import type { FormulaNode } from "./ast.ts";
import { checkFormula } from "./checker.ts";
import { dependencies } from "./dependencies.ts";
import { type ParseOptions, parseFormula } from "./parser.ts";
import { sourceMap } from "./source-position.ts";
import type { FormulaSymbols } from "./symbols.ts";
import type { FormulaType } from "./types.ts";

/** A formula that parsed and passed the checker: ready to evaluate as often as needed. */
export interface CheckedFormula {
  readonly source: string;
  readonly tree: FormulaNode;
  readonly type: FormulaType;
  /** Indicator codes it reads, in order of first appearance. */
  readonly dependencies: readonly string[];
}

/** Options of `compileFormula`: where to read, and which result type to demand. */
export interface CompileOptions extends ParseOptions {
  readonly expect?: FormulaType;
}

/**
 * Parses and checks in one step. Throws `formula.syntax`, or the code of the first issue found
 * (`formula.unknown_name`, `formula.arity`…) with line, column, an excerpt and every issue.
 * Example: `compileFormula("pct_of(thu_ngan_sach, plan)", symbols, { expect: "number" })`.
 */
export function compileFormula(
  source: string,
  symbols?: FormulaSymbols,
  options: CompileOptions = {},
): CheckedFormula {
  const tree = parseFormula(source, options);
  const { issues, type } = checkFormula(tree, symbols, options.expect);
  const first = issues[0];
  if (first !== undefined || type === null) {
    const at = first ?? {
      code: "formula.type_mismatch",
      message: "Không xác định được kiểu",
      line: 1,
      column: 1,
      span: tree.span,
    };
    const more = issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : "";
    throw new BaocaoError(at.code, `${at.message}${more}`, {
      line: at.line,
      column: at.column,
      offset: at.span.start,
      excerpt: sourceMap(source).excerpt(at.span.start),
      issues: issues.map(({ code, message, line, column }) => ({ code, message, line, column })),
    });
  }
  const text = source.slice(options.start ?? 0, options.end ?? source.length);
  return Object.freeze({ source: text, tree, type, dependencies: dependencies(tree) });
}
