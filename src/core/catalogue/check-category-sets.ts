import type { CatalogueInput, CategorySetInput } from "./catalogue-input.ts";
import type { CategoryOption, CategorySet, TotalRule } from "./indicator.ts";
import type { ProblemSink } from "./problems.ts";
import { checkCode, checkDuplicates, checkText } from "./problems.ts";

/** The allowed total rules. */
export const TOTAL_RULES: readonly TotalRule[] = ["sum", "independent"];

/** Reports an unknown total rule at `path`; returns the rule when valid. */
export function checkTotalRule(
  value: unknown,
  path: string,
  report: ProblemSink,
  indicator?: string,
): TotalRule | undefined {
  if ((TOTAL_RULES as readonly unknown[]).includes(value)) return value as TotalRule;
  report({
    path,
    code: "catalogue.invalid_total_rule",
    ...(indicator === undefined ? {} : { indicator }),
    expected: TOTAL_RULES.join(" | "),
    received: value,
    message: `Quy tắc tổng "${String(value)}" không hợp lệ: dùng "sum" (tổng bằng cộng các phần) hoặc "independent" (tổng báo cáo riêng).`,
  });
  return undefined;
}

/** Validates the category sets: codes, names, options, total rule, duplicates. */
export function checkCategorySets(
  input: CatalogueInput["categorySets"],
  report: ProblemSink,
): readonly CategorySet[] {
  const sets = input ?? [];
  const valid: CategorySet[] = [];
  sets.forEach((set, i) => {
    const path = `categorySets[${i}]`;
    const code = checkCode(set.code, `${path}.code`, report);
    const nameVi = checkText(set.nameVi, `${path}.nameVi`, report);
    const nameEn = checkText(set.nameEn, `${path}.nameEn`, report);
    const totalRule =
      set.totalRule === undefined
        ? "sum"
        : checkTotalRule(set.totalRule, `${path}.totalRule`, report);
    const options = checkOptions(set.options, path, report);
    if (code && nameVi && nameEn && totalRule && options) {
      valid.push({ code, nameVi, nameEn, totalRule, options });
    }
  });
  checkDuplicates(
    sets.map((s) => s.code),
    (i) => `categorySets[${i}].code`,
    "nhóm phân tổ",
    report,
  );
  return valid;
}

function checkOptions(
  options: CategorySetInput["options"] | undefined,
  path: string,
  report: ProblemSink,
): readonly CategoryOption[] | undefined {
  if (!Array.isArray(options) || options.length === 0) {
    report({
      path: `${path}.options`,
      code: "catalogue.empty_category_set",
      expected: "ít nhất một lựa chọn",
      received: options,
      message: `Nhóm phân tổ tại ${path} chưa có lựa chọn nào.`,
    });
    return undefined;
  }
  let ok = true;
  const valid: CategoryOption[] = [];
  options.forEach((option, j) => {
    const at = `${path}.options[${j}]`;
    const code = checkCode(option.code, `${at}.code`, report);
    const nameVi = checkText(option.nameVi, `${at}.nameVi`, report);
    const nameEn = checkText(option.nameEn, `${at}.nameEn`, report);
    if (code && nameVi && nameEn) valid.push({ code, nameVi, nameEn });
    else ok = false;
  });
  checkDuplicates(
    options.map((o) => o.code),
    (j) => `${path}.options[${j}].code`,
    "lựa chọn",
    (p) => {
      ok = false;
      report(p);
    },
  );
  return ok ? valid : undefined;
}
