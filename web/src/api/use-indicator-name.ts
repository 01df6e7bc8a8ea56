import { useI18n } from "../i18n/index.ts";
import { nameIn } from "../i18n/name-in.ts";
import { useCatalogue } from "./shared-queries.ts";

/** Names indicator codes ("rice_output" → "Sản lượng lúa") from the catalogue; unknown codes stay. */
export function useIndicatorName(): (code: string) => string {
  const { lang } = useI18n();
  const catalogue = useCatalogue();
  return (code) => {
    const indicator = catalogue.data?.indicators.find((i) => i.code === code);
    if (!indicator) return code;
    return nameIn(lang, indicator);
  };
}
