import type { CallNode, FormulaNode, RefNode, Selector } from "./ast.ts";

/** Which period to read, relative to the period being evaluated. */
export interface PeriodModifier {
  /** Cumulative from the start of the year up to the period (`ytd`). */
  readonly ytd: boolean;
  /** Periods back (negative) or forward: `prev` is -1, `offset(x, -2)` is -2. */
  readonly offset: number;
  /** Years back: `last_year` is -1 (same period of the previous year). */
  readonly yearOffset: number;
}

/**
 * What the evaluator asks its environment for. It knows nothing of databases or periods: the
 * engine maps this query to stored values. A selector without category names an option whose
 * category the engine looks up in the catalogue.
 */
export interface ReferenceQuery {
  readonly indicator: string;
  readonly selectors: readonly Pick<Selector, "category" | "option">[];
  readonly period: PeriodModifier;
  /** Target kind (`plan`, `assigned`…) when the target is asked for instead of the value. */
  readonly target: string | null;
  /** A reporting unit other than the one the formula is evaluated for (`at(x, NH_CSXH)`). */
  readonly unit?: string;
}

/** A reference expression read successfully, with the bare reference at its core. */
export interface ReadReference {
  readonly ok: true;
  readonly query: ReferenceQuery;
  readonly ref: RefNode;
}

/** Why a node is not a reference expression, and which node is to blame. */
export interface NotAReference {
  readonly ok: false;
  readonly node: FormulaNode;
  readonly reason: string;
}

const CURRENT: PeriodModifier = Object.freeze({ ytd: false, offset: 0, yearOffset: 0 });

// The environment receives the query itself: freezing it keeps one caller from changing it for the next.
function frozen(read: ReadReference): ReadReference {
  const { query } = read;
  Object.freeze(query.period);
  Object.freeze(query.selectors);
  query.selectors.forEach(Object.freeze);
  return { ...read, query: Object.freeze(query) };
}

/** The literal integer of `2` or `-2`, else undefined. */
export function integerLiteral(node: FormulaNode | undefined): number | undefined {
  if (node?.kind === "number" && Number.isInteger(node.value)) return node.value;
  if (node?.kind === "unary" && node.op === "-" && node.operand.kind === "number") {
    const value = -node.operand.value;
    return Number.isInteger(value) ? value : undefined;
  }
  return undefined;
}

/** The name of a bare name argument (`plan` in `target(x, plan)`), else undefined. */
export function bareName(node: FormulaNode | undefined): string | undefined {
  return node?.kind === "ref" && node.selectors.length === 0 ? node.name : undefined;
}

function fail(node: FormulaNode, reason: string): NotAReference {
  return { ok: false, node, reason };
}

function shift(call: CallNode, inner: ReadReference): ReadReference | NotAReference {
  const { query } = inner;
  const period = query.period;
  switch (call.name) {
    case "ytd":
      if (period.ytd) return fail(call, "'ytd' lặp lại hai lần");
      return { ...inner, query: { ...query, period: { ...period, ytd: true } } };
    case "prev":
      return { ...inner, query: { ...query, period: { ...period, offset: period.offset - 1 } } };
    case "last_year":
      return {
        ...inner,
        query: { ...query, period: { ...period, yearOffset: period.yearOffset - 1 } },
      };
    case "offset": {
      const n = integerLiteral(call.args[1]);
      if (n === undefined)
        return fail(call.args[1] ?? call, "Số kỳ phải là một số nguyên viết sẵn, ví dụ -2");
      return { ...inner, query: { ...query, period: { ...period, offset: period.offset + n } } };
    }
    case "at": {
      const unit = bareName(call.args[1]);
      if (unit === undefined) return fail(call.args[1] ?? call, "Cần mã đơn vị, ví dụ NH_CSXH");
      if (query.unit !== undefined) return fail(call, "'at' lặp lại hai lần");
      return { ...inner, query: { ...query, unit } };
    }
    case "target": {
      const kind = bareName(call.args[1]);
      if (kind === undefined)
        return fail(call.args[1] ?? call, "Cần tên loại chỉ tiêu giao, ví dụ plan");
      if (query.target !== null) return fail(call, "'target' lặp lại hai lần");
      return { ...inner, query: { ...query, target: kind } };
    }
    default:
      return fail(call, `Hàm '${call.name}' không cho ra một chỉ tiêu`);
  }
}

const REFERENCE_FUNCTIONS = new Set(["ytd", "prev", "last_year", "offset", "target", "at"]);

/**
 * Reads a reference expression — a name, possibly wrapped in `ytd`, `prev`, `last_year`,
 * `offset` and `target` in any order — into the query the environment answers.
 * Example: `last_year(ytd(x))` → `{ indicator: "x", period: { ytd: true, yearOffset: -1 } }`.
 */
export function readReference(node: FormulaNode): ReadReference | NotAReference {
  if (node.kind === "ref") {
    const selectors = node.selectors.map((s) => ({ category: s.category, option: s.option }));
    const query = { indicator: node.name, selectors, period: CURRENT, target: null };
    return frozen({ ok: true, ref: node, query });
  }
  if (node.kind !== "call" || !REFERENCE_FUNCTIONS.has(node.name)) {
    return fail(node, "Cần một chỉ tiêu (ví dụ rice_output hoặc ytd(rice_output))");
  }
  const first = node.args[0];
  if (first === undefined) return fail(node, `Hàm '${node.name}' thiếu chỉ tiêu`);
  const inner = readReference(first);
  if (!inner.ok) return inner;
  const shifted = shift(node, inner);
  return shifted.ok ? frozen(shifted) : shifted;
}
