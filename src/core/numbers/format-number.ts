import { BaocaoError } from "../errors.ts";
import type { Decimal, DecimalInput } from "./decimal.ts";
import { toDecimal, trimDecimal } from "./decimal.ts";
import type { NumberLocale } from "./locale.ts";
import { separatorsOf } from "./locale.ts";
import type { RoundingMode } from "./rounding.ts";
import { checkDecimals, roundScaled } from "./rounding.ts";

/** How one figure is written. */
export interface FormatNumberOptions {
  /** Round to this many places and show them all ("64,300"); absent: the value as it is. */
  readonly decimals?: number;
  /** Trim trailing zeros down to this many places ("93,9" with decimals 2, minDecimals 0). */
  readonly minDecimals?: number;
  /** Default "half-up". */
  readonly rounding?: RoundingMode;
  /** House style that writes counts below ten as "03 căn", "01 ổ dịch". */
  readonly pad2?: boolean;
  /** Default "vi"; "en" swaps the marks for the English UI. */
  readonly locale?: NumberLocale;
  /** Default true; false writes "2322" as some tables do. */
  readonly grouping?: boolean;
}

/** Applies the decimals/minDecimals/rounding options to an exact value. */
export function applyPrecision(value: Decimal, options: FormatNumberOptions = {}): Decimal {
  const { decimals, minDecimals, rounding = "half-up" } = options;
  if (minDecimals !== undefined) checkDecimals(minDecimals, "minDecimals");
  if (decimals === undefined) return trimDecimal(value, minDecimals ?? 0);
  if (minDecimals !== undefined && minDecimals > decimals) {
    throw new BaocaoError(
      "number.invalid_option",
      `Số chữ số thập phân tối thiểu (${minDecimals}) lớn hơn số chữ số thập phân (${decimals}).`,
      { option: "minDecimals", value: minDecimals, decimals },
    );
  }
  const rounded = roundScaled(value, decimals, rounding);
  return minDecimals === undefined ? rounded : trimDecimal(rounded, minDecimals);
}

function groupDigits(int: string, mark: string): string {
  const head = int.length % 3 || 3;
  const groups = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) groups.push(int.slice(i, i + 3));
  return groups.join(mark);
}

/** Writes an already rounded decimal with the marks of `locale`. */
export function renderDecimal(value: Decimal, options: FormatNumberOptions = {}): string {
  const { group, decimal } = separatorsOf(options.locale);
  const raw = value.digits.toString().padStart(value.scale + 1, "0");
  let int = raw.slice(0, raw.length - value.scale);
  const frac = raw.slice(raw.length - value.scale);
  if (options.pad2 === true && frac === "" && int.length === 1 && int !== "0") int = `0${int}`;
  const body = options.grouping === false ? int : groupDigits(int, group);
  return `${value.negative ? "-" : ""}${body}${frac === "" ? "" : decimal + frac}`;
}

/**
 * Writes a figure the Vietnamese way (or the English way with `locale: "en"`).
 * @example formatNumber(96549) // "96.549"
 * @example formatNumber(5.2194, { decimals: 3 }) // "5,219"
 * @example formatNumber(3, { pad2: true }) // "03"
 */
export function formatNumber(value: DecimalInput, options: FormatNumberOptions = {}): string {
  return renderDecimal(applyPrecision(toDecimal(value), options), options);
}
