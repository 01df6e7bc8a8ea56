import type { CallNode, FormulaNode, Span } from "./ast.ts";
import { roundHalfUp } from "./decimal-round.ts";
import type { FormulaEnv, FormulaValue } from "./evaluator.ts";
import { issueError } from "./issues.ts";
import { printFormula } from "./printer.ts";
import { bareName, type ReferenceQuery } from "./reference.ts";

/** What the function implementations borrow from the evaluator that runs them. */
export interface CallContext {
  readonly env: FormulaEnv;
  visit(node: FormulaNode): FormulaValue;
  num(node: FormulaNode): number | null;
  bool(node: FormulaNode): boolean | null;
  /** Records a value read (asking the environment unless `value` is given) and returns it. */
  read(text: string, query: ReferenceQuery, value?: number | null): number | null;
  reference(node: FormulaNode): ReferenceQuery;
  /** Records a diagnostic; returns null so that callers can `return note(…)`. */
  note(code: string, what: string, at: Span): null;
  finite(value: number, at: Span): number | null;
}

const MAX_ROUND_DIGITS = 15;

function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

function round(node: CallNode, ctx: CallContext): number | null {
  const [x, n = 0] = node.args.map(ctx.num);
  if (x === null || x === undefined || n === null) return null;
  if (!Number.isInteger(n) || Math.abs(n) > MAX_ROUND_DIGITS) {
    const what = `Số chữ số của 'round' phải là số nguyên từ -${MAX_ROUND_DIGITS} đến ${MAX_ROUND_DIGITS}`;
    return ctx.note("formula.invalid_argument", what, node.span);
  }
  return roundHalfUp(x, n);
}

// `pct_of(x, plan)` is x as a percentage of its target of that kind.
function pctOf(node: CallNode, ctx: CallContext): number | null {
  const [first, kindArg] = node.args;
  const kind = bareName(kindArg);
  if (first === undefined || kind === undefined) {
    throw issueError("formula.invalid_argument", "Cần pct_of(chỉ_tiêu, loại)", node.span);
  }
  const query = ctx.reference(first);
  if (query.target !== null) {
    throw issueError("formula.invalid_argument", "pct_of đã so với chỉ tiêu giao", first.span);
  }
  const text = printFormula(first);
  const actual = ctx.read(text, query);
  const target = ctx.read(`target(${text}, ${kind})`, { ...query, target: kind });
  if (actual === null || target === null) return null;
  if (target === 0) {
    const what = "Chỉ tiêu giao bằng 0, không tính được tỷ lệ";
    return ctx.note("formula.division_by_zero", what, node.span);
  }
  return ctx.finite((actual / target) * 100, node.span);
}

// `growth(x)` and `ratio(x)`: x against the same period of last year, in percent.
function againstLastYear(node: CallNode, ctx: CallContext): number | null {
  const [first] = node.args;
  if (first === undefined) return null;
  const query = ctx.reference(first);
  const text = printFormula(first);
  const now = ctx.read(text, query);
  const before = ctx.read(`last_year(${text})`, {
    ...query,
    period: { ...query.period, yearOffset: query.period.yearOffset - 1 },
  });
  if (now === null || before === null) return null;
  if (before === 0) {
    const what = "Cùng kỳ năm trước bằng 0, không tính được tỷ lệ so cùng kỳ";
    return ctx.note("formula.division_by_zero", what, node.span);
  }
  const ratio = (now / before) * 100;
  return ctx.finite(node.name === "growth" ? ratio - 100 : ratio, node.span);
}

function sumChildren(node: CallNode, ctx: CallContext): number | null {
  const [first] = node.args;
  if (first === undefined) return null;
  const query = ctx.reference(first);
  if (ctx.env.resolveChildren === undefined) {
    const what = "Không có số liệu của các đơn vị trực thuộc để cộng";
    return ctx.note("formula.no_children", what, node.span);
  }
  const values = present(ctx.env.resolveChildren(query));
  const total = values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
  return ctx.read(printFormula(node), query, total);
}

/** Evaluates one call of a built-in function; throws `formula.unknown_function` otherwise. */
export function evaluateCall(node: CallNode, ctx: CallContext): FormulaValue {
  const args = node.args;
  switch (node.name) {
    case "if": {
      const [cond, then, otherwise] = args;
      if (cond === undefined || then === undefined || otherwise === undefined) break;
      // Only the chosen branch runs, so `if(b == 0, 0, a / b)` raises no division diagnostic.
      const c = ctx.bool(cond);
      return c === null ? null : ctx.visit(c ? then : otherwise);
    }
    case "min":
    case "max": {
      const values = args.map(ctx.num);
      if (values.length === 0 || values.includes(null)) return null;
      return node.name === "min" ? Math.min(...present(values)) : Math.max(...present(values));
    }
    case "abs": {
      const [x] = args.map(ctx.num);
      return x === null || x === undefined ? null : Math.abs(x);
    }
    case "round":
      return round(node, ctx);
    case "coalesce":
      for (const arg of args) {
        const value = ctx.visit(arg);
        if (value !== null) return value;
      }
      return null;
    case "sum": {
      const values = present(args.map(ctx.num));
      return values.length === 0
        ? null
        : ctx.finite(
            values.reduce((a, b) => a + b, 0),
            node.span,
          );
    }
    case "ytd":
    case "prev":
    case "last_year":
    case "offset":
    case "target":
    case "at":
      return ctx.read(printFormula(node), ctx.reference(node));
    case "pct_of":
      return pctOf(node, ctx);
    case "growth":
    case "ratio":
      return againstLastYear(node, ctx);
    case "sum_children":
      return sumChildren(node, ctx);
  }
  throw issueError("formula.unknown_function", `Không có hàm '${node.name}'`, node.nameSpan);
}
