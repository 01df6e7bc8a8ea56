import { formatNumberVi } from "./format-vi.ts";

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** Placeholders every rule message may use, besides the references of its two sides. */
export const FIXED_PLACEHOLDERS: readonly string[] = ["left", "right", "difference"];

/** The placeholder names of a message, in order: "Đã giải quyết ({left})" → ["left"]. */
export function placeholdersOf(message: string): readonly string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? "").trim());
}

/**
 * Fills `{name}` placeholders with numbers written the Vietnamese way; a missing value reads
 * "không có số liệu". Unknown names are left as written (`defineRule` rejects them earlier).
 */
export function fillMessage(message: string, values: ReadonlyMap<string, number | null>): string {
  return message.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name.trim();
    if (!values.has(key)) return whole;
    const value = values.get(key);
    return value === null || value === undefined ? "không có số liệu" : formatNumberVi(value);
  });
}
