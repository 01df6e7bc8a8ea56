import {
  type Catalogue,
  type Indicator,
  sumsOptions,
  valueRange,
} from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import { formatNumber } from "../core/numbers/index.ts";
import {
  formatPeriodId,
  monthsOf,
  type Period,
  tryParsePeriod,
  vietnameseName,
} from "../core/periods/index.ts";
import { FREQUENCY_VI, frequencyOf } from "../core/regimes/index.ts";
import type { DataValueKey, ValueStatus } from "../core/values/index.ts";
import { checkDisaggregation, type Disaggregation } from "./disaggregation-key.ts";
import { type FilingOf, keptMonth, MONTHS_ONLY } from "./filing.ts";

/** A value to set, revise or (with `value: null` and `delete: true`) delete. */
export interface ValueInput {
  readonly indicator: string;
  readonly unit: string;
  /**
   * A month id such as `2023-08` (DHIS2's `202308` is accepted too); a quarter, half, nine
   * months or year (`2023-Q3`) for an indicator the unit files by such a form, kept in its last
   * month.
   */
  readonly period: string;
  /** Set → option; omitted or empty for the total. */
  readonly disaggregation?: Disaggregation;
  readonly value: number | null;
  readonly textValue?: string | null;
  readonly status?: ValueStatus;
  readonly note?: string;
  readonly source?: string;
  /** The version the writer last read (0: the value must not exist yet); omit to skip the check. */
  readonly expectedVersion?: number;
  /** Remove the value instead of writing it. */
  readonly delete?: boolean;
}

/** An input checked against the catalogue, with its canonical key. */
export interface CheckedInput {
  /** Position of the input in its batch, for error messages that name the row. */
  readonly index: number;
  readonly input: ValueInput;
  readonly key: DataValueKey;
  readonly indicator: Indicator;
}

/**
 * Checks one input against the catalogue: known indicator, a month period, a valid
 * disaggregation (the total of a summed disaggregation is computed, never entered) and a value
 * of the indicator's type. Errors name the field and what was expected.
 */
export function checkValueInput(
  catalogue: Catalogue,
  input: ValueInput,
  index = 0,
  filing: FilingOf = MONTHS_ONLY,
): CheckedInput {
  const indicator = catalogue.byCode.get(input.indicator);
  if (!indicator) {
    throw new BaocaoError(
      "value.unknown_indicator",
      `Không có chỉ tiêu mã "${input.indicator}" trong danh mục.`,
      {
        field: "indicator",
        indicator: input.indicator,
      },
    );
  }
  const given = tryParsePeriod(input.period);
  const period = given && keptMonth(given, filing(input.unit, indicator.code));
  if (!period) {
    throw new BaocaoError(
      "value.invalid_period",
      given
        ? `Kỳ "${input.period}": chỉ tiêu ${indicator.code} (${indicator.nameVi}) của đơn vị ${input.unit} không thuộc biểu ${frequencyWords(given)} nào của đơn vị; số liệu được nhập theo tháng, dạng 2023-08 (số của cả kỳ chỉ nhận cho chỉ tiêu của biểu quý, 6 tháng, 9 tháng hoặc năm).`
        : `Kỳ "${input.period}" không hợp lệ: số liệu được nhập theo tháng, dạng 2023-08.`,
      {
        field: "period",
        period: input.period,
        expected: "YYYY-MM",
      },
    );
  }
  if (indicator.formula !== undefined) {
    throw new BaocaoError(
      "value.derived_indicator",
      `Chỉ tiêu ${indicator.code} (${indicator.nameVi}) được tính theo công thức ${indicator.formula}; không nhập số liệu cho chỉ tiêu này.`,
      { field: "indicator", indicator: indicator.code, formula: indicator.formula },
    );
  }
  const disaggregation = checkDisaggregation(indicator, catalogue, input.disaggregation ?? {});
  if (disaggregation === "" && sumsOptions(indicator)) {
    throw new BaocaoError(
      "value.total_is_computed",
      `Số tổng của chỉ tiêu ${indicator.code} được tính từ các phân tổ (${indicator.disaggregations.map((d) => d.set).join(", ")}); hãy nhập theo từng phân tổ.`,
      { field: "disaggregation", indicator: indicator.code },
    );
  }
  if (!input.delete) {
    checkValueType(indicator, input);
    checkRange(catalogue, indicator, input, period);
  }
  return {
    index,
    input,
    indicator,
    key: {
      indicatorCode: indicator.code,
      unitCode: input.unit,
      period: formatPeriodId(period),
      disaggregation,
    },
  };
}

function checkValueType(indicator: Indicator, input: ValueInput): void {
  const { value } = input;
  // The clerk reads this: the indicator by its name, the number the Vietnamese way (2,5).
  const shown =
    input.textValue ??
    (typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE
      ? formatNumber(value, { locale: "vi" })
      : String(value ?? "").replace(".", ","));
  const fail = (expected: string) =>
    new BaocaoError(
      "value.invalid_value",
      `Giá trị “${shown}” của chỉ tiêu “${indicator.nameVi}” không hợp lệ: cần ${expected}.`,
      {
        field: "value",
        indicator: indicator.code,
        value,
        expected,
      },
    );
  if (indicator.valueType !== "text" && input.textValue) {
    throw fail("một số dạng 1234 hoặc 1234.5 (dấu chấm thập phân, không phân cách hàng nghìn)");
  }
  switch (indicator.valueType) {
    case "text":
      if (value !== null) throw fail("văn bản, không phải số");
      return;
    case "boolean":
      if (value !== null && value !== 0 && value !== 1) throw fail("0 (không) hoặc 1 (có)");
      return;
    case "integer":
      if (value !== null && !Number.isSafeInteger(value)) throw fail("số nguyên");
      break;
    default:
      if (value !== null && !Number.isFinite(value)) throw fail("một số");
  }
  if (value !== null && Math.abs(value) > MAX_MAGNITUDE)
    throw fail("một số không vượt quá một triệu tỷ (10¹⁵) theo đơn vị tính của chỉ tiêu");
  if (value !== null && value !== 0 && Math.abs(value) < MIN_MAGNITUDE)
    throw fail("0 hoặc một số không nhỏ hơn một phần tỷ (10⁻⁹)");
}

/**
 * No figure of a local government comes near a million billion (10^15) in its own measure unit
 * (a province's yearly budget is about 10^13 đồng); a value past it is a typing or file error,
 * and sums of a few such values would leave the range where doubles count exactly.
 */
const MAX_MAGNITUDE = 1e15;

/**
 * Nor does any come near a billionth; such a value is a typing error, and products of two
 * (a weighted average's value × weight) underflow, which PostgreSQL refuses as an error.
 */
const MIN_MAGNITUDE = 1e-9;

/**
 * Refuses a value outside the indicator's plausible range (declared, or implied by its measure
 * unit), naming indicator, unit, period and the bound, so every writer — form, API, import —
 * keeps the same rule.
 */
function checkRange(
  catalogue: Catalogue,
  indicator: Indicator,
  input: ValueInput,
  period: Period,
): void {
  const { value } = input;
  if (value === null || !Number.isFinite(value)) return;
  const range = valueRange(indicator, catalogue.measureUnits);
  const low = range.min !== undefined && value < range.min;
  const high = range.max !== undefined && value > range.max;
  if (!low && !high) return;
  const unit = catalogue.measureUnits.find((u) => u.code === indicator.unit);
  const shown = (n: number) => formatNumber(n, { locale: "vi" });
  const why =
    low && range.minFrom === "unit"
      ? ` (số liệu tính bằng ${unit?.symbol ?? indicator.unit} không âm)`
      : "";
  const bound = low
    ? `không được nhỏ hơn ${shown(range.min as number)}${why}`
    : `không được lớn hơn ${shown(range.max as number)}`;
  throw new BaocaoError(
    "value.out_of_range",
    `Giá trị ${shown(value)} của chỉ tiêu ${indicator.code} (${indicator.nameVi}, đơn vị tính ${unit?.symbol || indicator.unit}) ${vietnameseName(period)} của đơn vị ${input.unit} nằm ngoài khoảng hợp lý: ${bound}.`,
    {
      field: "value",
      indicator: indicator.code,
      unit: input.unit,
      period: formatPeriodId(period),
      value,
      ...(range.min !== undefined ? { min: range.min } : {}),
      ...(range.max !== undefined ? { max: range.max } : {}),
    },
  );
}

/** The words of a form that would cover the period: "quý", "9 tháng"; "7 tháng" where none does. */
function frequencyWords(p: Period): string {
  const frequency = frequencyOf(p);
  return frequency ? FREQUENCY_VI[frequency] : `${monthsOf(p).length} tháng`;
}
