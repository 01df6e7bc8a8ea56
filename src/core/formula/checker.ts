import type { BinaryNode, CallNode, FormulaNode } from "./ast.ts";
import {
  checkAggregate,
  checkArity,
  checkRef,
  checkReferenceExpression,
} from "./check-reference.ts";
import { functionSpec } from "./functions.ts";
import { type FormulaIssue, issueAt } from "./issues.ts";
import type { FormulaSymbols } from "./symbols.ts";
import { type FormulaType, typeName } from "./types.ts";

/** What the checker found: every issue (in source order) and the type of the whole formula. */
export interface CheckResult {
  readonly issues: readonly FormulaIssue[];
  /** Null when an issue made the type unknowable. */
  readonly type: FormulaType | null;
}

type Found = FormulaType | null;

const ARITHMETIC = new Set(["+", "-", "*", "/", "^"]);
const ORDERING = new Set(["<", "<=", ">", ">="]);

/**
 * Checks a parsed formula: names against `symbols` (skipped when absent), function names and
 * argument counts, and types (`1 + (a > b)` is rejected). `expect` demands a result type.
 */
export function checkFormula(
  tree: FormulaNode,
  symbols?: FormulaSymbols,
  expect?: FormulaType,
): CheckResult {
  const issues: FormulaIssue[] = [];
  const report = (issue: FormulaIssue) => issues.push(issue);

  const demand = (node: FormulaNode, found: Found, wanted: FormulaType, context: string) => {
    if (found !== null && found !== wanted) {
      const what = `${context} cần ${typeName(wanted)}, gặp ${typeName(found)}`;
      report(issueAt("formula.type_mismatch", what, node.span));
    }
  };

  const same = (nodes: readonly FormulaNode[], types: readonly Found[], context: string): Found => {
    const known = types.find((t) => t !== null) ?? null;
    if (known === null) return null;
    let ok = true;
    types.forEach((t, i) => {
      const node = nodes[i];
      if (t !== null && t !== known && node !== undefined) {
        ok = false;
        demand(node, t, known, context);
      }
    });
    return ok ? known : null;
  };

  const visitBinary = (node: BinaryNode): Found => {
    const left = visit(node.left);
    const right = visit(node.right);
    const context = `Phép '${node.op}'`;
    if (ARITHMETIC.has(node.op) || ORDERING.has(node.op)) {
      demand(node.left, left, "number", context);
      demand(node.right, right, "number", context);
      if (ORDERING.has(node.op)) return "boolean";
      return left === "number" && right === "number" ? "number" : null;
    }
    if (node.op === "and" || node.op === "or") {
      demand(node.left, left, "boolean", context);
      demand(node.right, right, "boolean", context);
      return "boolean";
    }
    same([node.left, node.right], [left, right], context);
    return "boolean";
  };

  const visitCall = (node: CallNode): Found => {
    const spec = functionSpec(node.name);
    if (spec === undefined) {
      report(issueAt("formula.unknown_function", `Không có hàm '${node.name}'`, node.nameSpan));
      node.args.forEach(visit);
      return null;
    }
    if (spec.kind === "reference") {
      checkReferenceExpression(node, symbols, report);
      return "number";
    }
    if (spec.kind === "aggregate") {
      checkAggregate(node, symbols, report);
      return "number";
    }
    const arityOk = checkArity(node, report);
    const types = node.args.map(visit);
    const context = `Hàm '${node.name}'`;
    if (!arityOk) return null;
    if (node.name === "if") {
      const [cond, ...branches] = node.args;
      if (cond !== undefined) demand(cond, types[0] ?? null, "boolean", `${context} (điều kiện)`);
      return same(branches, types.slice(1), `${context} (hai nhánh)`);
    }
    if (node.name === "coalesce") return same(node.args, types, context);
    node.args.forEach((arg, i) => {
      demand(arg, types[i] ?? null, "number", context);
    });
    if (node.name === "round") {
      const digits = node.args[1];
      if (digits?.kind === "number" && !Number.isInteger(digits.value)) {
        const what = "Số chữ số thập phân của 'round' phải là số nguyên";
        report(issueAt("formula.invalid_argument", what, digits.span));
      }
    }
    return "number";
  };

  const visit = (node: FormulaNode): Found => {
    switch (node.kind) {
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "ref":
        checkRef(node, symbols, report);
        return "number";
      case "unary": {
        const operand = visit(node.operand);
        const wanted = node.op === "-" ? "number" : "boolean";
        demand(node.operand, operand, wanted, `Phép '${node.op}'`);
        return wanted;
      }
      case "binary":
        return visitBinary(node);
      case "call":
        return visitCall(node);
    }
  };

  const type = visit(tree);
  if (expect !== undefined && type !== null && type !== expect) {
    const what = `Công thức phải cho ra ${typeName(expect)}, nhưng cho ra ${typeName(type)}`;
    report(issueAt("formula.type_mismatch", what, tree.span));
  }
  const sorted = [...issues].sort((a, b) => a.span.start - b.span.start);
  return Object.freeze({ issues: Object.freeze(sorted), type });
}
