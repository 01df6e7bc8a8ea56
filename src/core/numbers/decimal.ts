import { BaocaoError } from "../errors.ts";

/**
 * An exact decimal: `(negative ? -1 : 1) * digits / 10^scale`. Figures are rounded and scaled on
 * this form, never on binary floats, so 1.005 rounds to 1.01 as a clerk expects.
 */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
}

/** What the formatters accept: a JS number, a bigint, or a plain decimal string ("-1234.5"). */
export type DecimalInput = number | bigint | string;

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** 10^n as a bigint. */
export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Builds a decimal, keeping zero unsigned so that -0.001 rounded never prints as "-0". */
export function makeDecimal(negative: boolean, digits: bigint, scale: number): Decimal {
  if (scale < 0)
    return { negative: negative && digits !== 0n, digits: digits * pow10(-scale), scale: 0 };
  return { negative: negative && digits !== 0n, digits, scale };
}

/**
 * Reads a number the way it prints: `String(1.005)` is "1.005", so the decimal is exactly 1.005
 * even though the binary float is 1.00499999….
 * @example toDecimal(56.585) // { negative: false, digits: 56585n, scale: 3 }
 */
export function toDecimal(input: DecimalInput): Decimal {
  if (typeof input === "bigint") return makeDecimal(input < 0n, input < 0n ? -input : input, 0);
  if (typeof input === "number" && !Number.isFinite(input)) {
    throw new BaocaoError(
      "number.not_finite",
      `Giá trị “${String(input)}” không phải là một số hữu hạn.`,
      {
        input: String(input),
      },
    );
  }
  const text = typeof input === "number" ? String(input) : input.trim();
  const match = PLAIN.exec(text);
  if (match === null) {
    throw new BaocaoError(
      "number.invalid",
      `Không đọc được số “${text}”: cần dạng thập phân như 1234.5.`,
      {
        input: text,
      },
    );
  }
  const [, sign = "", int = "", frac = "", exp = "0"] = match;
  return makeDecimal(sign === "-", BigInt(int + frac), frac.length - Number(exp));
}

/** Drops trailing fractional zeros, down to `minScale` places. */
export function trimDecimal(value: Decimal, minScale = 0): Decimal {
  let { digits, scale } = value;
  while (scale > minScale && digits % 10n === 0n) {
    digits /= 10n;
    scale -= 1;
  }
  return scale < minScale ? withScale(value, minScale) : makeDecimal(value.negative, digits, scale);
}

/** Re-expresses `value` with more fractional places (never fewer: that needs rounding). */
export function withScale(value: Decimal, scale: number): Decimal {
  if (scale <= value.scale) return value;
  return makeDecimal(value.negative, value.digits * pow10(scale - value.scale), scale);
}

/** Multiplies by 10^k exactly (k may be negative): how "tỷ" and "triệu" scale a figure. */
export function shiftDecimal(value: Decimal, k: number): Decimal {
  return makeDecimal(value.negative, value.digits, value.scale - k);
}

/** Exact sum, used for compound amounts such as "25 tỷ 465 triệu". */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  const signed = (d: Decimal): bigint => (d.negative ? -1n : 1n) * withScale(d, scale).digits;
  const sum = signed(a) + signed(b);
  return trimDecimal(makeDecimal(sum < 0n, sum < 0n ? -sum : sum, scale));
}

/** Plain decimal text with a `.` mark and no grouping: "-1234.50". */
export function decimalToString(value: Decimal): string {
  const raw = value.digits.toString().padStart(value.scale + 1, "0");
  const int = raw.slice(0, raw.length - value.scale);
  const frac = raw.slice(raw.length - value.scale);
  return `${value.negative ? "-" : ""}${int}${frac === "" ? "" : `.${frac}`}`;
}

/** The nearest JS number. */
export function decimalToNumber(value: Decimal): number {
  return Number(decimalToString(value));
}
