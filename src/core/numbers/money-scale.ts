import type { NumberLocale } from "./locale.ts";

/**
 * The scales money is written in: "64.260.000 đồng", "… nghìn đồng", "101.976 triệu đồng",
 * "121,224 tỷ đồng", and the compound "25 tỷ 465 triệu đồng" ("ty_trieu").
 */
export type MoneyScale = "dong" | "nghin" | "trieu" | "ty" | "ty_trieu";

/** A single multiplier word: nghìn = 10^3, triệu = 10^6, tỷ = 10^9. */
export type ScaleWord = "nghin" | "trieu" | "ty";

/** Power of ten of each scale word. */
export const SCALE_EXPONENT: Readonly<Record<ScaleWord, number>> = { nghin: 3, trieu: 6, ty: 9 };

/** How each scale word is written in each locale. */
export const SCALE_LABEL: Readonly<Record<NumberLocale, Readonly<Record<ScaleWord, string>>>> = {
  vi: { nghin: "nghìn", trieu: "triệu", ty: "tỷ" },
  en: { nghin: "thousand", trieu: "million", ty: "billion" },
};

/** The currency word after an amount. */
export const CURRENCY_LABEL: Readonly<Record<NumberLocale, string>> = { vi: "đồng", en: "VND" };

/** Spellings met in documents ("tỉ" and "ngàn" are common variants), lower case, NFC. */
export const SCALE_SPELLINGS: Readonly<Record<string, ScaleWord>> = {
  tỷ: "ty",
  tỉ: "ty",
  triệu: "trieu",
  nghìn: "nghin",
  ngàn: "nghin",
};
