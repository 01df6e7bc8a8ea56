import { useMemo } from "react";
import type { NumberLocale } from "../../../src/core/numbers/index.ts";
import type { Language } from "../i18n/index.ts";
import { useI18n } from "../i18n/index.ts";
import { fmtChange, fmtNumber, fmtPercent } from "./numbers.ts";

/**
 * The number marks of the UI: Vietnamese (1.234,5) in both languages, as the figures appear in
 * the reports; return `lang` here to give the English UI English marks (1,234.5).
 */
export function numberLocale(_lang: Language): NumberLocale {
  return "vi";
}

/** Number formatters of the UI (Vietnamese marks: 96.549, 5,219, 56,59%). */
export function useFormat() {
  const { lang } = useI18n();
  const locale = numberLocale(lang);
  return useMemo(
    () => ({
      locale,
      num: (value: number | null | undefined, decimals?: number) =>
        fmtNumber(value, decimals, locale),
      pct: (value: number | null | undefined, decimals?: number) =>
        fmtPercent(value, decimals, locale),
      change: (value: number | null | undefined, decimals?: number) =>
        fmtChange(value, decimals, locale),
    }),
    [locale],
  );
}
