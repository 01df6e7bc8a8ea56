import { useI18n } from "../i18n/index.ts";
import { nameIn } from "../i18n/name-in.ts";
import { useCatalogue } from "./shared-queries.ts";

/** Names sector codes ("economy" → "Kinh tế") from the catalogue; unknown codes stay. */
export function useSectorName(): (code: string) => string {
  const { lang } = useI18n();
  const catalogue = useCatalogue();
  return (code) => {
    const sector = catalogue.data?.sectors.find((s) => s.code === code);
    if (!sector) return code;
    return nameIn(lang, sector);
  };
}
