import type { DisaggregationInput } from "./catalogue-input.ts";
import { checkTotalRule } from "./check-category-sets.ts";
import type { CategorySet, IndicatorDisaggregation } from "./indicator.ts";
import type { ProblemSink } from "./problems.ts";

/** What the disaggregation check needs. */
export interface DisaggregationContext {
  readonly path: string;
  readonly code: string | undefined;
  readonly categorySets: readonly CategorySet[];
  readonly report: ProblemSink;
}

/**
 * Validates an indicator's disaggregations: known sets, known options, no set twice. A set
 * given by code alone uses all its options and its own total rule.
 */
export function checkDisaggregations(
  input: readonly DisaggregationInput[] | undefined,
  ctx: DisaggregationContext,
): readonly IndicatorDisaggregation[] | undefined {
  const list = input ?? [];
  const tag = ctx.code === undefined ? {} : { indicator: ctx.code };
  const valid: IndicatorDisaggregation[] = [];
  const seen = new Set<string>();
  let ok = true;
  list.forEach((entry, j) => {
    const path = `${ctx.path}.disaggregations[${j}]`;
    const setCode = typeof entry === "string" ? entry : entry.set;
    const setPath = typeof entry === "string" ? path : `${path}.set`;
    const set = ctx.categorySets.find((s) => s.code === setCode);
    if (set === undefined) {
      ok = false;
      ctx.report({
        path: setPath,
        code: "catalogue.unknown_category_set",
        ...tag,
        expected: ctx.categorySets.map((s) => s.code).join(" | ") || "một nhóm phân tổ đã khai báo",
        received: setCode,
        message: `Chỉ tiêu "${ctx.code}" dùng nhóm phân tổ "${String(setCode)}" chưa được khai báo.`,
      });
      return;
    }
    if (seen.has(set.code)) {
      ok = false;
      ctx.report({
        path: setPath,
        code: "catalogue.duplicate_category_set",
        ...tag,
        expected: "mỗi nhóm phân tổ chỉ dùng một lần",
        received: set.code,
        message: `Chỉ tiêu "${ctx.code}" dùng nhóm phân tổ "${set.code}" hai lần.`,
      });
      return;
    }
    seen.add(set.code);
    const narrowed = typeof entry === "string" ? undefined : entry.options;
    const options = narrowed === undefined ? set.options.map((o) => o.code) : narrowed;
    const known = set.options.map((o) => o.code);
    options.forEach((option, k) => {
      if (known.includes(option)) return;
      ok = false;
      ctx.report({
        path: `${path}.options[${k}]`,
        code: "catalogue.unknown_option",
        ...tag,
        expected: known.join(" | "),
        received: option,
        message: `Nhóm phân tổ "${set.code}" không có lựa chọn "${String(option)}".`,
      });
    });
    const rawRule = typeof entry === "string" ? undefined : entry.totalRule;
    const totalRule =
      rawRule === undefined
        ? set.totalRule
        : checkTotalRule(rawRule, `${path}.totalRule`, ctx.report, ctx.code);
    if (totalRule === undefined) ok = false;
    else valid.push({ set: set.code, options, totalRule });
  });
  return ok ? valid : undefined;
}
