import type { CallNode, FormulaNode, RefNode } from "./ast.ts";
import { DEFAULT_TARGET_KINDS, functionSpec } from "./functions.ts";
import { type FormulaIssue, issueAt } from "./issues.ts";
import { bareName, integerLiteral, readReference } from "./reference.ts";
import type { FormulaSymbols, SymbolCategory } from "./symbols.ts";

type Report = (issue: FormulaIssue) => void;

/**
 * Checks a bare reference: the indicator exists, every selector names one of its options, and
 * the categories left out add up — unless it only reads a target (`target(x[he_thu], plan)`),
 * which is set on the option itself.
 */
export function checkRef(
  node: RefNode,
  symbols: FormulaSymbols | undefined,
  report: Report,
  targetOnly = false,
): void {
  if (symbols === undefined) return;
  if (!symbols.isIndicator(node.name)) {
    report(issueAt("formula.unknown_name", `Không có chỉ tiêu '${node.name}'`, node.span));
    return;
  }
  if (symbols.categoriesOf === undefined || node.selectors.length === 0) return;
  const categories = symbols.categoriesOf(node.name);
  const seen = new Set<string>();
  for (const s of node.selectors) {
    let category: string | undefined;
    if (s.category !== null) {
      const found = categories.find((c) => c.category === s.category);
      if (found === undefined) {
        const what = `Chỉ tiêu '${node.name}' không phân tổ theo '${s.category}'`;
        report(issueAt("formula.unknown_category", what, s.span));
        continue;
      }
      if (!found.options.includes(s.option)) {
        const what = `Phân tổ '${s.category}' của chỉ tiêu '${node.name}' không có mục '${s.option}'`;
        report(issueAt("formula.unknown_option", what, s.span));
        continue;
      }
      category = s.category;
    } else {
      const owners = categories.filter((c) => c.options.includes(s.option)).map((c) => c.category);
      if (owners.length === 0) {
        const what = `Chỉ tiêu '${node.name}' không có mục phân tổ '${s.option}'`;
        report(issueAt("formula.unknown_option", what, s.span));
        continue;
      }
      if (owners.length > 1) {
        const what = `Mục '${s.option}' có trong nhiều phân tổ của '${node.name}' (${owners.join(", ")}): viết rõ, ví dụ ${owners[0]}=${s.option}`;
        report(issueAt("formula.ambiguous_option", what, s.span));
        continue;
      }
      category = owners[0];
    }
    if (category !== undefined && seen.has(category)) {
      const what = `Phân tổ '${category}' được chọn hai lần`;
      report(issueAt("formula.duplicate_category", what, s.span));
    }
    if (category !== undefined) seen.add(category);
  }
  if (targetOnly || seen.size === 0 || seen.size !== node.selectors.length) return;
  checkSummedCategories(node, categories, seen, report);
}

/**
 * A selection on some categories (`crop_area[season=he_thu]`) adds the options of the others;
 * one whose options do not add up must be chosen too, or the figure would be silently wrong.
 */
function checkSummedCategories(
  node: RefNode,
  categories: readonly SymbolCategory[],
  chosen: ReadonlySet<string>,
  report: Report,
): void {
  for (const c of categories) {
    if (chosen.has(c.category) || c.unsummable === undefined) continue;
    const picked = node.selectors.map((s) => (s.category ? `${s.category}=${s.option}` : s.option));
    const example = `${node.name}[${[...picked, `${c.category}=${c.options[0] ?? "…"}`].join(", ")}]`;
    const what = `Không cộng được các mục của phân tổ '${c.category}' của chỉ tiêu '${node.name}' (${c.unsummable}): chọn thêm một mục '${c.category}', ví dụ ${example}`;
    report(issueAt("formula.unsummable_options", what, node.span));
  }
}

/** Checks a target kind argument such as `plan` in `target(x, plan)`. */
function checkTargetKind(
  arg: FormulaNode | undefined,
  symbols: FormulaSymbols | undefined,
  report: Report,
): void {
  if (arg === undefined) return;
  const kind = bareName(arg);
  if (kind === undefined) {
    const what = "Cần tên loại chỉ tiêu giao (plan, assigned, resolution, commitment…)";
    report(issueAt("formula.invalid_argument", what, arg.span));
    return;
  }
  const known = symbols?.isTargetKind ?? ((k: string) => DEFAULT_TARGET_KINDS.includes(k));
  if (!known(kind)) {
    report(
      issueAt("formula.unknown_target_kind", `Không có loại chỉ tiêu giao '${kind}'`, arg.span),
    );
  }
}

/** Reports a wrong number of arguments; true when the count is right. */
export function checkArity(call: CallNode, report: Report): boolean {
  const spec = functionSpec(call.name);
  if (spec === undefined) return false;
  const n = call.args.length;
  if (n >= spec.minArgs && n <= spec.maxArgs) return true;
  const wanted =
    spec.minArgs === spec.maxArgs
      ? `${spec.minArgs}`
      : spec.maxArgs === Number.POSITIVE_INFINITY
        ? `ít nhất ${spec.minArgs}`
        : `${spec.minArgs} đến ${spec.maxArgs}`;
  const what = `Hàm '${call.name}' cần ${wanted} đối số, có ${n}: viết ${spec.signature}`;
  report(issueAt("formula.arity", what, call.span));
  return false;
}

/**
 * Checks a reference expression (`x`, `ytd(x[level=primary])`, `target(prev(x), plan)`), the
 * first argument of `ytd`, `pct_of`, `sum_children`… Reports problems; returns nothing.
 */
export function checkReferenceExpression(
  node: FormulaNode,
  symbols: FormulaSymbols | undefined,
  report: Report,
): void {
  let failed = false;
  const tracked: Report = (issue) => {
    failed = true;
    report(issue);
  };
  const visit = (n: FormulaNode, targetOnly: boolean): void => {
    if (n.kind === "ref") {
      checkRef(n, symbols, tracked, targetOnly);
      return;
    }
    if (n.kind !== "call" || functionSpec(n.name)?.kind !== "reference") {
      const what = "Cần một chỉ tiêu ở đây (ví dụ rice_output hoặc ytd(rice_output))";
      tracked(issueAt("formula.invalid_argument", what, n.span));
      return;
    }
    if (!checkArity(n, tracked)) return;
    if (n.name === "offset" && integerLiteral(n.args[1]) === undefined) {
      const at = n.args[1]?.span ?? n.span;
      tracked(
        issueAt("formula.invalid_argument", "Số kỳ phải là số nguyên viết sẵn, ví dụ -2", at),
      );
    }
    if (n.name === "target") checkTargetKind(n.args[1], symbols, tracked);
    if (n.name === "at" && bareName(n.args[1]) === undefined) {
      tracked(
        issueAt(
          "formula.invalid_argument",
          "Cần mã đơn vị, ví dụ NH_CSXH",
          n.args[1]?.span ?? n.span,
        ),
      );
    }
    const first = n.args[0];
    if (first !== undefined) visit(first, targetOnly || n.name === "target");
  };
  visit(node, false);
  if (failed) return;
  const read = readReference(node);
  if (!read.ok) report(issueAt("formula.invalid_argument", read.reason, read.node.span));
}

/** Checks `pct_of(x, kind)` and `sum_children(x)`. */
export function checkAggregate(
  call: CallNode,
  symbols: FormulaSymbols | undefined,
  report: Report,
): void {
  if (!checkArity(call, report)) return;
  const first = call.args[0];
  if (first !== undefined) checkReferenceExpression(first, symbols, report);
  if (call.name !== "pct_of") return;
  checkTargetKind(call.args[1], symbols, report);
  const read = first === undefined ? undefined : readReference(first);
  if (read?.ok === true && read.query.target !== null && first !== undefined) {
    const what = "'pct_of' tự so với chỉ tiêu giao: bỏ 'target' bên trong";
    report(issueAt("formula.invalid_argument", what, first.span));
  }
}
