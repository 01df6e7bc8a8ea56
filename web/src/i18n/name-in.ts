import type { Language } from "./language.tsx";

/** Something named in Vietnamese and perhaps in English: a unit, an indicator, a sector. */
export interface Named {
  readonly nameVi: string;
  readonly nameEn?: string | null | undefined;
}

/** The item's name in the UI's language: English when asked for and given, else Vietnamese. */
export function nameIn(lang: Language, item: Named): string {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameVi;
}
