import type { Catalogue } from "../catalogue/index.ts";
import { BaocaoError } from "../errors.ts";
import { isIsoDate } from "../time/index.ts";
import type { Target } from "./target.ts";
import { targetKey } from "./target.ts";
import { isTargetKind, TARGET_KINDS } from "./target-kind.ts";

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
 * Validates a list of targets; with a catalogue, also checks that each indicator exists and is
 * numeric. Collects every problem, then throws `targets.invalid` with `details.problems`.
 */
export function defineTargets(
  inputs: readonly TargetInput[],
  catalogue?: Catalogue,
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
    checkFields(input, catalogue, report);
    if (problems.length > before) return;
    const target = normalise(input);
    const key = targetKey(target);
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        "kind",
        "targets.duplicate",
        `một chỉ tiêu khác với targets[${first}]`,
        `Chỉ tiêu "${target.indicator}" năm ${target.year} đã có ${target.kind} (targets[${first}]).`,
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

function checkFields(input: TargetInput, catalogue: Catalogue | undefined, report: Report): void {
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
  if (!isTargetKind(kind)) {
    const kinds = TARGET_KINDS.map((k) => k.kind).join(" | ");
    report(
      "kind",
      "targets.invalid_kind",
      kinds,
      `Loại chỉ tiêu "${String(kind)}" không có; dùng: ${kinds}.`,
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

/** Only called once every field has been checked; drops fields a Target does not have. */
function normalise(input: TargetInput): Target {
  const t = input as Target;
  return {
    indicator: t.indicator,
    reportingUnit: t.reportingUnit,
    year: t.year,
    kind: t.kind,
    value: t.value,
    ...(t.dueDate === undefined ? {} : { dueDate: t.dueDate }),
    ...(t.source === undefined ? {} : { source: t.source }),
  };
}
