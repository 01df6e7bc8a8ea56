import type { DecimalInput } from "./decimal.ts";
import { makeDecimal, toDecimal } from "./decimal.ts";
import type { FormatNumberOptions } from "./format-number.ts";
import { applyPrecision, renderDecimal } from "./format-number.ts";

/** Where the comparison goes: "tăng 1.900 tấn so cùng kỳ" (end), "so năm 2022 tăng 14 lao động"
 * (start), "thấp hơn so với cam kết 0,2%" (middle). */
export type AgainstPosition = "end" | "start" | "middle";

/** Options of a change phrase. */
export interface ChangePhraseOptions extends FormatNumberOptions {
  /** Unit after the figure: "tấn", "đối tượng". */
  readonly unit?: string;
  /** Writes the figure as a percentage: "tăng 2%". */
  readonly percent?: boolean;
  /** The comparison: "so cùng kỳ", "so năm 2022", "so với tháng trước". */
  readonly against?: string;
  /** Default "end". */
  readonly againstAt?: AgainstPosition;
  /** Words by sign; default tăng/giảm ("cao hơn"/"thấp hơn" also read well). */
  readonly words?: { readonly up: string; readonly down: string };
  /** Word for no change, combined with `against`; default "không đổi". */
  readonly zeroWord?: string;
  /** Whole phrase for no change, used as is: "bằng cùng kỳ". */
  readonly zeroPhrase?: string;
}

const DEFAULT_WORDS = {
  vi: { up: "tăng", down: "giảm", zero: "không đổi" },
  en: { up: "up", down: "down", zero: "unchanged" },
} as const;

function place(
  word: string,
  figure: string,
  against: string | undefined,
  at: AgainstPosition,
): string {
  if (against === undefined || against === "") return figure === "" ? word : `${word} ${figure}`;
  const parts =
    at === "start"
      ? [against, word, figure]
      : at === "middle"
        ? [word, against, figure]
        : [word, figure, against];
  return parts.filter((p) => p !== "").join(" ");
}

/**
 * Picks the word by the sign of the figure as it will be printed, so −0,004 with 2 decimals is
 * "không đổi" rather than "giảm 0,00".
 * @example changePhrase(1900, { unit: "tấn" }) // "tăng 1.900 tấn"
 * @example changePhrase(-3, { unit: "đối tượng", pad2: true, against: "so với tháng trước" })
 * // "giảm 03 đối tượng so với tháng trước"
 */
export function changePhrase(delta: DecimalInput, options: ChangePhraseOptions = {}): string {
  const defaults = DEFAULT_WORDS[options.locale ?? "vi"];
  const at = options.againstAt ?? "end";
  const rounded = applyPrecision(toDecimal(delta), options);
  if (rounded.digits === 0n) {
    if (options.zeroPhrase !== undefined) return options.zeroPhrase;
    return place(
      options.zeroWord ?? defaults.zero,
      "",
      options.against,
      at === "middle" ? "end" : at,
    );
  }
  const words = options.words ?? defaults;
  const magnitude = renderDecimal(makeDecimal(false, rounded.digits, rounded.scale), options);
  const withPercent = options.percent === true ? `${magnitude}%` : magnitude;
  const figure =
    options.unit === undefined || options.unit === ""
      ? withPercent
      : `${withPercent} ${options.unit}`;
  return place(rounded.negative ? words.down : words.up, figure, options.against, at);
}

/** Options of a "đạt X% kế hoạch" phrase. */
export interface TargetPhraseOptions extends Omit<FormatNumberOptions, "pad2"> {
  /** Default "đạt"; "bằng" is also used. */
  readonly word?: string;
  /** What the percentage is of; default "kế hoạch"; "" writes none. */
  readonly target?: string;
}

/**
 * Share of a target, percent already computed.
 * @example pctOfTargetPhrase(93.3, { word: "bằng" }) // "bằng 93,3% kế hoạch"
 */
export function pctOfTargetPhrase(
  percent: DecimalInput,
  options: TargetPhraseOptions = {},
): string {
  const en = options.locale === "en";
  const word = options.word ?? (en ? "reached" : "đạt");
  const target = options.target ?? (en ? "of plan" : "kế hoạch");
  const figure = `${renderDecimal(applyPrecision(toDecimal(percent), options), { ...options, pad2: false })}%`;
  return [word, figure, target].filter((p) => p !== "").join(" ");
}
