import { BaocaoError } from "../errors.ts";
import type { DecimalInput } from "./decimal.ts";
import { makeDecimal, pow10, shiftDecimal, toDecimal } from "./decimal.ts";
import type { FormatNumberOptions } from "./format-number.ts";
import { applyPrecision, renderDecimal } from "./format-number.ts";
import type { MoneyScale } from "./money-scale.ts";
import { CURRENCY_LABEL, SCALE_EXPONENT, SCALE_LABEL } from "./money-scale.ts";

/** Options of an amount of money. */
export interface FormatMoneyOptions extends Omit<FormatNumberOptions, "pad2"> {
  /** Default "dong". With "ty_trieu", `decimals` applies to the triệu part. */
  readonly scale?: MoneyScale;
  /** The currency word; default "đồng" ("VND" in English); "" writes none ("21,727 tỷ"). */
  readonly currency?: string;
}

function withCurrency(text: string, currency: string): string {
  return currency === "" ? text : `${text} ${currency}`;
}

/** "25 tỷ 465 triệu": rounds in triệu first so that 25 tỷ 999,6 triệu carries to 26 tỷ. */
function formatTyTrieu(dong: DecimalInput, options: FormatMoneyOptions): string {
  const locale = options.locale ?? "vi";
  const labels = SCALE_LABEL[locale];
  const inTrieu = applyPrecision(shiftDecimal(toDecimal(dong), -SCALE_EXPONENT.trieu), options);
  const perTy = 1000n * pow10(inTrieu.scale);
  const tyDigits = inTrieu.digits / perTy;
  const trieu = makeDecimal(false, inTrieu.digits % perTy, inTrieu.scale);
  const parts: string[] = [];
  if (tyDigits > 0n)
    parts.push(`${renderDecimal(makeDecimal(false, tyDigits, 0), options)} ${labels.ty}`);
  if (trieu.digits > 0n || tyDigits === 0n)
    parts.push(`${renderDecimal(trieu, options)} ${labels.trieu}`);
  return `${inTrieu.negative ? "-" : ""}${parts.join(" ")}`;
}

/**
 * Writes an amount given in đồng in the scale the report uses.
 * @example formatMoney(121_224_000_000, { scale: "ty", decimals: 3 }) // "121,224 tỷ đồng"
 * @example formatMoney(25_465_000_000, { scale: "ty_trieu" }) // "25 tỷ 465 triệu đồng"
 */
export function formatMoney(dong: DecimalInput, options: FormatMoneyOptions = {}): string {
  const scale = options.scale ?? "dong";
  const locale = options.locale ?? "vi";
  const currency = options.currency ?? CURRENCY_LABEL[locale];
  const plain = { ...options, pad2: false };
  if (scale === "ty_trieu") return withCurrency(formatTyTrieu(dong, plain), currency);
  if (scale === "dong")
    return withCurrency(renderDecimal(applyPrecision(toDecimal(dong), plain), plain), currency);
  if (!(scale in SCALE_EXPONENT)) {
    throw new BaocaoError(
      "number.invalid_option",
      `Đơn vị tiền “${String(scale)}” không được hỗ trợ.`,
      {
        option: "scale",
        value: scale,
      },
    );
  }
  const scaled = shiftDecimal(toDecimal(dong), -SCALE_EXPONENT[scale]);
  const text = `${renderDecimal(applyPrecision(scaled, plain), plain)} ${SCALE_LABEL[locale][scale]}`;
  return withCurrency(text, currency);
}
