import type { ErrorCode } from "../error-codes.ts";
import type { BinaryNode, FormulaNode, Span } from "./ast.ts";
import { type CallContext, evaluateCall } from "./evaluate-call.ts";
import { type FormulaIssue, issueAt, issueError } from "./issues.ts";
import { printFormula } from "./printer.ts";
import { type ReferenceQuery, readReference } from "./reference.ts";

/** A formula's value: a number, a truth value, or null when data is missing. */
export type FormulaValue = number | boolean | null;

/**
 * What the evaluator reads values from. The engine implements it over stored data; tests use a
 * plain map. `resolveChildren` gives one value per child unit, for `sum_children`.
 */
export interface FormulaEnv {
  resolve(ref: ReferenceQuery): number | null;
  resolveChildren?(ref: ReferenceQuery): readonly (number | null)[];
}

/** One value the evaluator read, with the reference as written (`ytd(x)`, `target(x, plan)`). */
export interface ResolvedReference {
  readonly text: string;
  readonly query: ReferenceQuery;
  readonly value: number | null;
}

/** The result of an evaluation: value, problems met on the way, and every value read. */
export interface Evaluation {
  readonly value: FormulaValue;
  readonly diagnostics: readonly FormulaIssue[];
  readonly references: readonly ResolvedReference[];
}

const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);

/**
 * Evaluates a (preferably checked) tree. Missing data is null and spreads through arithmetic;
 * `coalesce` and `sum` skip it; division by zero gives null and a diagnostic, never Infinity.
 * Throws `formula.type_mismatch` or `formula.unknown_function` only for trees the checker rejects.
 */
export function evaluate(tree: FormulaNode, env: FormulaEnv): Evaluation {
  const diagnostics: FormulaIssue[] = [];
  const references: ResolvedReference[] = [];

  const note = (code: ErrorCode, what: string, at: Span): null => {
    diagnostics.push(issueAt(code, what, at));
    return null;
  };

  const finite = (value: number, at: Span): number | null =>
    Number.isFinite(value)
      ? value
      : note("formula.not_finite", "Kết quả không phải số hữu hạn", at);

  const num = (node: FormulaNode): number | null => {
    const value = visit(node);
    if (value === null || typeof value === "number") return value;
    throw issueError("formula.type_mismatch", "Cần số, gặp giá trị đúng/sai", node.span);
  };

  const bool = (node: FormulaNode): boolean | null => {
    const value = visit(node);
    if (value === null || typeof value === "boolean") return value;
    throw issueError("formula.type_mismatch", "Cần giá trị đúng/sai, gặp số", node.span);
  };

  const read = (text: string, query: ReferenceQuery, value = env.resolve(query)): number | null => {
    references.push(Object.freeze({ text, query, value }));
    return value;
  };

  const reference = (node: FormulaNode): ReferenceQuery => {
    const result = readReference(node);
    if (result.ok) return result.query;
    throw issueError("formula.type_mismatch", result.reason, result.node.span);
  };

  const arithmetic = (node: BinaryNode): number | null => {
    const left = num(node.left);
    const right = num(node.right);
    if (left === null || right === null) return null;
    switch (node.op) {
      case "+":
        return finite(left + right, node.span);
      case "-":
        return finite(left - right, node.span);
      case "*":
        return finite(left * right, node.span);
      case "/":
        if (right === 0) {
          return note("formula.division_by_zero", "Chia cho 0, kết quả để trống", node.span);
        }
        return finite(left / right, node.span);
      default:
        return finite(left ** right, node.span);
    }
  };

  // Three-valued logic as in SQL: `false and null` is false, `true or null` is true.
  const logic = (node: BinaryNode): boolean | null => {
    const decisive = node.op === "or";
    const left = bool(node.left);
    if (left === decisive) return decisive;
    const right = bool(node.right);
    if (right === decisive) return decisive;
    return left === null || right === null ? null : !decisive;
  };

  const compare = (node: BinaryNode): boolean | null => {
    const left = visit(node.left);
    const right = visit(node.right);
    if (left === null || right === null) return null;
    if (node.op === "==") return left === right;
    if (node.op === "!=") return left !== right;
    if (typeof left !== "number" || typeof right !== "number") {
      throw issueError("formula.type_mismatch", `Phép '${node.op}' cần số`, node.span);
    }
    if (node.op === "<") return left < right;
    if (node.op === "<=") return left <= right;
    if (node.op === ">") return left > right;
    return left >= right;
  };

  const visit = (node: FormulaNode): FormulaValue => {
    switch (node.kind) {
      case "number":
      case "boolean":
        return node.value;
      case "ref":
        return read(printFormula(node), reference(node));
      case "unary": {
        if (node.op === "not") {
          const value = bool(node.operand);
          return value === null ? null : !value;
        }
        const value = num(node.operand);
        return value === null ? null : -value;
      }
      case "binary":
        if (node.op === "and" || node.op === "or") return logic(node);
        if (COMPARISONS.has(node.op)) return compare(node);
        return arithmetic(node);
      case "call":
        return evaluateCall(node, context);
    }
  };

  const context: CallContext = { env, visit, num, bool, read, reference, note, finite };
  const value = visit(tree);
  return Object.freeze({
    // -0 prints as "0" anyway; normalising spares callers an Object.is surprise.
    value: typeof value === "number" && Object.is(value, -0) ? 0 : value,
    diagnostics: Object.freeze(diagnostics),
    references: Object.freeze(references),
  });
}
