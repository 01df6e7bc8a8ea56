import { formatNumber, formatPercent, type NumberLocale } from "../../../src/core/numbers/index.ts";

/** Writes a figure with the marks of the UI language (Vietnamese: 1.234,5); "—" when absent. */
export function fmtNumber(
  value: number | null | undefined,
  decimals: number | undefined,
  locale: NumberLocale = "vi",
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return formatNumber(value, { decimals: decimals ?? 0, minDecimals: 0, locale });
}

/** Writes a percentage ("56,59%"); "—" when absent. */
export function fmtPercent(
  value: number | null | undefined,
  decimals = 1,
  locale: NumberLocale = "vi",
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return formatPercent(value, { decimals, minDecimals: 0, locale });
}

/** Writes a signed change in percent: "+3,2%", "-1,5%". */
export function fmtChange(
  value: number | null | undefined,
  decimals = 1,
  locale: NumberLocale = "vi",
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const text = fmtPercent(value, decimals, locale);
  return value > 0 ? `+${text}` : text;
}

/** Parses what the user typed in an input with the UI's marks ("1.234,5" → 1234.5). */
export function parseLocaleNumber(text: string | undefined, locale: NumberLocale = "vi"): number {
  if (text === undefined) return Number.NaN;
  const group = locale === "vi" ? "." : ",";
  const decimal = locale === "vi" ? "," : ".";
  const cleaned = text.trim().split(group).join("").replace(decimal, ".").replace(/\s/g, "");
  return cleaned === "" ? Number.NaN : Number(cleaned);
}

/** Writes a value exactly as stored, with the UI's marks: 52500 → "52.500", 5.219 → "5,219". */
export function fmtExact(value: number | string | null | undefined, locale: NumberLocale = "vi") {
  if (value === null || value === undefined || value === "") return "";
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? formatNumber(n, { locale }) : String(value);
}
