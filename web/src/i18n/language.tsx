import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { en } from "./en.ts";
import { type MessageKey, vi } from "./vi.ts";

/** The two UI languages; Vietnamese first. */
export type Language = "vi" | "en";

const STORAGE_KEY = "baocao.lang";

/** Translates a key, filling `{name}` placeholders. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface LanguageState {
  readonly lang: Language;
  readonly setLang: (lang: Language) => void;
  readonly t: Translate;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

/** Holds the UI language, remembered in localStorage. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(() => {
    const first = initialLanguage();
    document.documentElement.lang = first;
    return first;
  });
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<LanguageState>(() => {
    const dict = lang === "en" ? en : vi;
    const t: Translate = (key, values) => {
      const text = dict[key] ?? vi[key] ?? key;
      if (!values) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      );
    };
    return { lang, setLang, t };
  }, [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language, its setter and the translate function. */
export function useI18n(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useI18n outside LanguageProvider");
  return state;
}
