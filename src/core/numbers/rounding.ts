import { BaocaoError } from "../errors.ts";
import type { Decimal, DecimalInput } from "./decimal.ts";
import { decimalToNumber, makeDecimal, pow10, toDecimal, withScale } from "./decimal.ts";

/**
 * How a figure is rounded. "half-up" rounds halves away from zero, like Excel's ROUND that the
 * offices compile their tables with; "half-even" is banker's rounding; "floor"/"ceil" go toward
 * −∞/+∞; "trunc" drops the extra digits.
 */
export type RoundingMode = "half-up" | "half-even" | "floor" | "ceil" | "trunc";

/** The modes, for option lists and validation. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  "half-up",
  "half-even",
  "floor",
  "ceil",
  "trunc",
];

/** Largest number of fractional places accepted in options; beyond it floats carry no meaning. */
export const MAX_DECIMALS = 20;

/** Rejects a places count that is not a whole number in 0…MAX_DECIMALS. */
export function checkDecimals(decimals: number, option = "decimals"): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new BaocaoError(
      "number.invalid_option",
      `Số chữ số thập phân “${String(decimals)}” không hợp lệ: cần số nguyên từ 0 đến ${MAX_DECIMALS}.`,
      { option, value: decimals },
    );
  }
}

function roundUpMagnitude(
  value: Decimal,
  quotient: bigint,
  rest: bigint,
  unit: bigint,
  mode: RoundingMode,
): boolean {
  if (rest === 0n) return false;
  switch (mode) {
    case "half-up":
      return 2n * rest >= unit;
    case "half-even":
      return 2n * rest > unit || (2n * rest === unit && quotient % 2n === 1n);
    case "floor":
      return value.negative;
    case "ceil":
      return !value.negative;
    case "trunc":
      return false;
  }
}

/** Rounds an exact decimal to `decimals` places; the result always has exactly that scale. */
export function roundScaled(
  value: Decimal,
  decimals: number,
  mode: RoundingMode = "half-up",
): Decimal {
  checkDecimals(decimals);
  if (!ROUNDING_MODES.includes(mode)) {
    throw new BaocaoError(
      "number.invalid_option",
      `Cách làm tròn “${String(mode)}” không được hỗ trợ.`,
      {
        option: "rounding",
        value: mode,
      },
    );
  }
  if (value.scale <= decimals) return withScale(value, decimals);
  const unit = pow10(value.scale - decimals);
  const quotient = value.digits / unit;
  const rest = value.digits % unit;
  const up = roundUpMagnitude(value, quotient, rest, unit, mode);
  return makeDecimal(value.negative, up ? quotient + 1n : quotient, decimals);
}

/**
 * Rounds on the decimal digits, not on the binary float.
 * @example roundDecimal(1.005, 2) // 1.01 (Math.round(1.005 * 100) / 100 gives 1)
 */
export function roundDecimal(
  value: DecimalInput,
  decimals: number,
  mode: RoundingMode = "half-up",
): number {
  return decimalToNumber(roundScaled(toDecimal(value), decimals, mode));
}
