/** The two number conventions: Vietnamese (reports, default) and English (the English UI). */
export type NumberLocale = "vi" | "en";

/** The marks of one convention. */
export interface Separators {
  readonly group: string;
  readonly decimal: string;
}

/** Vietnamese groups thousands with `.` and marks decimals with `,`; English the other way round. */
export function separatorsOf(locale: NumberLocale = "vi"): Separators {
  return locale === "en" ? { group: ",", decimal: "." } : { group: ".", decimal: "," };
}
