import { useMemo } from "react";
import { useI18n } from "../i18n/index.ts";
import { fmtChange, fmtNumber, fmtPercent } from "./numbers.ts";

/** Number formatters bound to the UI language (Vietnamese 1.234,5; English 1,234.5). */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      num: (value: number | null | undefined, decimals?: number) =>
        fmtNumber(value, decimals, lang),
      pct: (value: number | null | undefined, decimals?: number) =>
        fmtPercent(value, decimals, lang),
      change: (value: number | null | undefined, decimals?: number) =>
        fmtChange(value, decimals, lang),
    }),
    [lang],
  );
}
