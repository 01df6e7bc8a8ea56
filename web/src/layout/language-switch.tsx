import { Segmented } from "antd";
import { type Language, useI18n } from "../i18n/index.ts";

/** Switches the UI between Vietnamese and English. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t("header.language")}
      size="small"
      value={lang}
      options={[
        { label: "VI", value: "vi" },
        { label: "EN", value: "en" },
      ]}
      onChange={setLang}
    />
  );
}
