import type { Catalogue } from "../catalogue/index.ts";
import { BaocaoError } from "../errors.ts";
import { isIsoDate } from "../time/index.ts";
import type { Target } from "./target.ts";
import { targetKey } from "./target.ts";
import { isTargetKind, SEED_TARGET_KINDS, type TargetKindInfo } from "./target-kind.ts";

/** One thing wrong in a list of targets, located like catalogue problems (`targets[2].year`). */
export interface TargetProblem {
  readonly path: string;
  readonly code: string;
  readonly expected: string;
  readonly received?: unknown;
  readonly message: string;
}

/** A target as read from a file: checked field by field. */
export type TargetInput = { readonly [K in keyof Target]?: unknown };

/**
 * Validates a list of targets against the target kinds in force (default: the seeded four;
 * `"unchecked"` where the stored list is not at hand and the engine checks the kind later);
 * with a catalogue, also checks that each indicator exists and is numeric and that an option
 * is one of the indicator's (finding its category when only the option is named). Collects
 * every problem, then throws `targets.invalid` with `details.problems`.
 */
export function defineTargets(
  inputs: readonly TargetInput[],
  catalogue?: Catalogue,
  kinds: readonly TargetKindInfo[] | "unchecked" = SEED_TARGET_KINDS,
): readonly Target[] {
  const problems: TargetProblem[] = [];
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, i) => {
    const before = problems.length;
    const report = (field: string, code: string, expected: string, message: string) =>
      problems.push({
        path: `targets[${i}].${field}`,
        code,
        expected,
        received: input[field as keyof Target],
        message,
      });
    checkFields(input, catalogue, kinds, report);
    const category = checkOption(input, catalogue, report);
    if (problems.length > before) return;
    const target = normalise(input, category);
    const key = targetKey(target);
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        "kind",
        "targets.duplicate",
        `một chỉ tiêu khác với targets[${first}]`,
        `Chỉ tiêu "${target.indicator}"${target.option ? ` (${target.option})` : ""} năm ${target.year} đã có ${target.kind} (targets[${first}]).`,
      );
      return;
    }
    seen.set(key, i);
    targets.push(target);
  });
  if (problems.length > 0) {
    throw new BaocaoError(
      "targets.invalid",
      `Danh sách chỉ tiêu kế hoạch có ${problems.length} lỗi cần sửa: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
      { problems },
    );
  }
  return targets;
}

type Report = (field: string, code: string, expected: string, message: string) => void;

function checkFields(
  input: TargetInput,
  catalogue: Catalogue | undefined,
  kinds: readonly TargetKindInfo[] | "unchecked",
  report: Report,
): void {
  const { indicator, reportingUnit, year, kind, value, dueDate, source } = input;
  if (typeof indicator !== "string" || indicator === "") {
    report("indicator", "targets.missing_indicator", "mã chỉ tiêu", "Thiếu mã chỉ tiêu.");
  } else if (catalogue !== undefined) {
    const found = catalogue.byCode.get(indicator);
    if (found === undefined) {
      report(
        "indicator",
        "targets.unknown_indicator",
        "mã một chỉ tiêu trong danh mục",
        `Không có chỉ tiêu "${indicator}" trong danh mục.`,
      );
    } else if (found.valueType === "text" || found.valueType === "boolean") {
      report(
        "indicator",
        "targets.non_numeric_indicator",
        "một chỉ tiêu kiểu số",
        `Chỉ tiêu "${indicator}" không phải số nên không đặt kế hoạch được.`,
      );
    }
  }
  if (typeof reportingUnit !== "string" || reportingUnit === "") {
    report(
      "reportingUnit",
      "targets.missing_reporting_unit",
      "mã đơn vị báo cáo",
      "Thiếu đơn vị báo cáo.",
    );
  }
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1900 || year > 2200) {
    report(
      "year",
      "targets.invalid_year",
      "năm có bốn chữ số, vd. 2023",
      `Năm "${String(year)}" không hợp lệ.`,
    );
  }
  if (kinds === "unchecked") {
    if (typeof kind !== "string" || kind === "")
      report("kind", "targets.invalid_kind", "mã loại chỉ tiêu", "Thiếu loại chỉ tiêu.");
  } else if (!isTargetKind(kind, kinds)) {
    const codes = kinds.map((k) => k.code).join(" | ");
    report(
      "kind",
      "targets.invalid_kind",
      codes,
      `Loại chỉ tiêu "${String(kind)}" không có; dùng: ${codes}.`,
    );
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    report(
      "value",
      "targets.invalid_value",
      "một số",
      `Giá trị chỉ tiêu "${String(value)}" không phải là số.`,
    );
  }
  if (dueDate !== undefined && !isIsoDate(dueDate)) {
    report(
      "dueDate",
      "targets.invalid_due_date",
      "ngày dạng YYYY-MM-DD",
      `Hạn "${String(dueDate)}" không phải ngày hợp lệ (YYYY-MM-DD).`,
    );
  }
  if (source !== undefined && typeof source !== "string") {
    report(
      "source",
      "targets.invalid_source",
      "tên văn bản giao chỉ tiêu",
      "Nguồn giao chỉ tiêu phải là chuỗi.",
    );
  }
}

/**
 * Checks `option` (and `category`, when given) against the indicator's disaggregations and
 * returns the option's category (as written, when there is no catalogue to look it up in).
 */
function checkOption(
  input: TargetInput,
  catalogue: Catalogue | undefined,
  report: Report,
): string | undefined {
  const { indicator, category, option } = input;
  if (option === undefined && category === undefined) return undefined;
  const bad = (message: string, expected = "một lựa chọn phân tổ của chỉ tiêu") => {
    report("option", "targets.invalid_option", expected, message);
    return undefined;
  };
  if (typeof option !== "string" || option === "")
    return bad("Có phân tổ mà thiếu lựa chọn (option).");
  if (category !== undefined && (typeof category !== "string" || category === ""))
    return bad("Phân tổ (category) phải là mã một nhóm phân tổ.");
  const found = typeof indicator === "string" ? catalogue?.byCode.get(indicator) : undefined;
  // Without the catalogue (a file of targets only), the engine finds the category on import.
  if (catalogue === undefined || found === undefined) return category as string | undefined;
  const uses = found.disaggregations.filter(
    (d) => (category === undefined || d.set === category) && d.options.includes(option),
  );
  const use = uses[0];
  if (use === undefined) {
    const known = found.disaggregations.flatMap((d) => d.options.map((o) => `${d.set}=${o}`));
    return bad(
      known.length === 0
        ? `Chỉ tiêu "${found.code}" không phân tổ nên không đặt kế hoạch cho "${option}" được.`
        : `Chỉ tiêu "${found.code}" không có lựa chọn phân tổ "${category === undefined ? option : `${category}=${option}`}"; có: ${known.join(", ")}.`,
    );
  }
  if (uses.length > 1)
    return bad(`Lựa chọn "${option}" có ở nhiều nhóm phân tổ; ghi thêm nhóm (category).`);
  return use.set;
}

/** Only called once every field has been checked; drops fields a Target does not have. */
function normalise(input: TargetInput, category: string | undefined): Target {
  const t = input as Target;
  return {
    indicator: t.indicator,
    reportingUnit: t.reportingUnit,
    year: t.year,
    kind: t.kind,
    value: t.value,
    ...(category === undefined ? {} : { category }),
    ...(t.option === undefined ? {} : { option: t.option }),
    ...(t.dueDate === undefined ? {} : { dueDate: t.dueDate }),
    ...(t.source === undefined ? {} : { source: t.source }),
  };
}
