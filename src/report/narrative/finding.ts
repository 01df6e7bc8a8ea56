import { formatNumber } from "../../core/numbers/index.ts";

/** What a relation check found wrong in one sentence. */
export interface NarrativeFinding {
  readonly kind:
    | "typed_number"
    | "spaced_number"
    | "ratio_mismatch"
    | "share_mismatch"
    | "parts_mismatch"
    | "change_mismatch";
  readonly message: string;
}

/** The sentence fragment a message quotes, trimmed to a readable length. */
export function quote(text: string, from: number, to: number): string {
  // Whole words at both ends: a quote cut inside a word reads as a typo of the report.
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  while (a > 0 && /[\p{L}\d.,]/u.test(text[a - 1] ?? "")) a--;
  while (b < text.length && /[\p{L}\d]/u.test(text[b] ?? "")) b++;
  const inner = text.slice(a, b).replace(/\s+/g, " ").trim();
  return `"${a > 0 ? "…" : ""}${inner}${b < text.length ? "…" : ""}"`;
}

/** A number as the report writes it: "6.524", "101,59". */
export function vn(value: number, decimals = 0): string {
  return formatNumber(value, { decimals });
}

/** Decimals worth showing for a computed percentage: two, or as many as the writer used. */
export const shown = (decimals: number): number => Math.max(2, decimals);
