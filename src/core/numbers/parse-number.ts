import type { Decimal } from "./decimal.ts";
import { decimalToNumber, decimalToString } from "./decimal.ts";
import type { NumberLocale } from "./locale.ts";
import type { MoneyScale } from "./money-scale.ts";
import type { RawFigure } from "./parse-figure.ts";
import { readFigure } from "./parse-figure.ts";
import type { ParseNote } from "./parse-note.ts";

/** A figure read from text, with everything a reviewer needs to trust or question it. */
export interface ParsedNumber {
  /** Value in the base unit: đồng for "121,224 tỷ đồng", percent points for "56,59%". */
  readonly value: number;
  /** The same value as exact decimal text ("121224000000"), for amounts beyond 2^53. */
  readonly decimal: string;
  /** Fractional places written in the (last) numeral: 3 for "64,300 tỷ". */
  readonly decimals: number;
  readonly percent: boolean;
  /** Scale word(s) met: "ty" for "121,224 tỷ", "ty_trieu" for "25 tỷ 465 triệu". */
  readonly scale?: Exclude<MoneyScale, "dong">;
  /** What follows the figure: "đồng", "tấn/ha", "hộ", "kế hoạch". */
  readonly unit?: string;
  /** Hedge written before the figure: "hơn", "trên", "khoảng", "ước đạt"… */
  readonly qualifier?: string;
  /** True when the text also reads as another value under the other convention. */
  readonly ambiguous: boolean;
  /** The other readings, in the same base unit. */
  readonly alternatives: readonly number[];
  readonly notes: readonly ParseNote[];
}

/** Reader options. */
export interface ParseNumberOptions {
  /** Whose reading wins when both fit: "vi" (default) reads "96.549" as 96549, "en" as 96.549. */
  readonly locale?: NumberLocale;
}

function scaleOf(raw: RawFigure): ParsedNumber["scale"] {
  const [first, second] = raw.scaleWords;
  if (first === "ty" && second === "trieu" && raw.scaleWords.length === 2) return "ty_trieu";
  return first;
}

/** Turns an exact reading into the public shape. */
export function toParsedNumber(raw: RawFigure): ParsedNumber {
  const seen = new Set<string>([decimalToString(raw.decimal)]);
  const alternatives: Decimal[] = [];
  for (const alt of raw.alternatives) {
    const key = decimalToString(alt);
    if (!seen.has(key)) alternatives.push(alt);
    seen.add(key);
  }
  const scale = scaleOf(raw);
  return {
    value: decimalToNumber(raw.decimal),
    decimal: decimalToString(raw.decimal),
    decimals: raw.decimals,
    percent: raw.percent,
    ...(scale === undefined ? {} : { scale }),
    ...(raw.unit === undefined ? {} : { unit: raw.unit }),
    ...(raw.qualifier === undefined ? {} : { qualifier: raw.qualifier }),
    ambiguous: alternatives.length > 0,
    alternatives: alternatives.map(decimalToNumber),
    notes: [...new Set(raw.notes)],
  };
}

/**
 * Reads one figure as documents write it, flagging what could be misread instead of guessing.
 * @example parseVietnameseNumber("121,224 tỷ đồng").value // 121_224_000_000 (ambiguous: 121224 tỷ)
 * @example parseVietnameseNumber("101.10%") // value 101.1, notes ["nonstandard_separator"]
 * @example parseVietnameseNumber("25 tỷ 465 triệu đồng").value // 25_465_000_000
 */
export function parseVietnameseNumber(
  text: string,
  options: ParseNumberOptions = {},
): ParsedNumber {
  return toParsedNumber(readFigure(text, options.locale));
}
