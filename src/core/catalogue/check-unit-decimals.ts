import type { IndicatorInput } from "./catalogue-input.ts";
import type { ValueType } from "./indicator.ts";
import type { MeasureUnit } from "./measure-unit.ts";
import type { ProblemSink } from "./problems.ts";

/** Most decimals a figure may show; more is never meaningful in a report. */
export const MAX_DECIMALS = 6;

/**
 * Checks the unit against the table and the value type: percentages use `percent`, text and
 * yes/no use `none` (their default), numbers must name a unit.
 */
export function checkUnit(
  input: IndicatorInput,
  path: string,
  valueType: ValueType | undefined,
  units: readonly MeasureUnit[],
  report: ProblemSink,
): string | undefined {
  const textual = valueType === "text" || valueType === "boolean";
  const code = input.unit ?? (textual ? "none" : undefined);
  const unit = units.find((u) => u.code === code);
  if (unit === undefined) {
    report({
      path: `${path}.unit`,
      code: code === undefined ? "catalogue.missing_unit" : "catalogue.unknown_unit",
      expected: "mã một đơn vị tính trong bảng đơn vị (vd. trieu_dong, tan, ha, ho_so, percent)",
      received: code,
      message:
        code === undefined
          ? `Chỉ tiêu "${input.code}" chưa có đơn vị tính.`
          : `Đơn vị tính "${code}" không có trong bảng đơn vị tính.`,
    });
    return undefined;
  }
  const expected = valueType === "percent" ? "percent" : textual ? "none" : undefined;
  if (expected !== undefined && unit.code !== expected) {
    report({
      path: `${path}.unit`,
      code: "catalogue.unit_value_type_mismatch",
      expected,
      received: unit.code,
      message: `Chỉ tiêu "${input.code}" kiểu ${valueType} phải có đơn vị tính "${expected}", không phải "${unit.code}".`,
    });
    return undefined;
  }
  return unit.code;
}

/** Checks decimals are an integer 0..6 (0 for integers); defaults to 2 for numbers and percentages. */
export function checkDecimals(
  value: unknown,
  path: string,
  valueType: ValueType | undefined,
  report: ProblemSink,
): number | undefined {
  const fallback = valueType === "number" || valueType === "percent" ? 2 : 0;
  const decimals = value ?? fallback;
  if (
    typeof decimals !== "number" ||
    !Number.isInteger(decimals) ||
    decimals < 0 ||
    decimals > MAX_DECIMALS
  ) {
    report({
      path: `${path}.decimals`,
      code: "catalogue.invalid_decimals",
      expected: `số nguyên từ 0 đến ${MAX_DECIMALS}`,
      received: value,
      message: `Số chữ số thập phân phải là số nguyên từ 0 đến ${MAX_DECIMALS}.`,
    });
    return undefined;
  }
  if (valueType === "integer" && decimals !== 0) {
    report({
      path: `${path}.decimals`,
      code: "catalogue.invalid_decimals",
      expected: "0 (chỉ tiêu kiểu integer)",
      received: value,
      message: "Chỉ tiêu kiểu số nguyên (integer) không có chữ số thập phân.",
    });
    return undefined;
  }
  return decimals;
}
