import type { DecimalInput } from "./decimal.ts";
import { shiftDecimal, toDecimal } from "./decimal.ts";
import type { FormatNumberOptions } from "./format-number.ts";
import { applyPrecision, renderDecimal } from "./format-number.ts";
import type { MoneyScale } from "./money-scale.ts";
import { CURRENCY_LABEL, SCALE_EXPONENT, SCALE_LABEL } from "./money-scale.ts";

/** Options of a done/total pair; both sides share them. */
export interface FormatRatioOptions extends FormatNumberOptions {
  /** Unit written once after the pair: "hộ", "ha", "học sinh". */
  readonly unit?: string;
  /** For money given in đồng: the scale both sides are written in ("tỷ" → "4,836/4,985 tỷ đồng"). */
  readonly scale?: Exclude<MoneyScale, "ty_trieu">;
  /** Currency word when `scale` is set; default "đồng" ("VND" in English). */
  readonly currency?: string;
}

/**
 * Writes "done/total" with no spaces around the slash, as reports do.
 * @example formatRatio(192, 198, { unit: "hộ" }) // "192/198 hộ"
 * @example formatRatio(4_836_000_000, 4_985_000_000, { scale: "ty", decimals: 3 }) // "4,836/4,985 tỷ đồng"
 */
export function formatRatio(
  done: DecimalInput,
  total: DecimalInput,
  options: FormatRatioOptions = {},
): string {
  const { scale, unit } = options;
  const locale = options.locale ?? "vi";
  const exponent = scale === undefined || scale === "dong" ? 0 : SCALE_EXPONENT[scale];
  const side = (value: DecimalInput): string =>
    renderDecimal(applyPrecision(shiftDecimal(toDecimal(value), -exponent), options), options);
  const pair = `${side(done)}/${side(total)}`;
  if (scale !== undefined) {
    const currency = options.currency ?? CURRENCY_LABEL[locale];
    const words = [scale === "dong" ? "" : SCALE_LABEL[locale][scale], currency].filter(
      (w) => w !== "",
    );
    return words.length === 0 ? pair : `${pair} ${words.join(" ")}`;
  }
  return unit === undefined || unit === "" ? pair : `${pair} ${unit}`;
}
