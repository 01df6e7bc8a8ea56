import type { NumberStyle } from "./number-style.ts";

/** What a file may declare about itself on a first line starting with `#`: `#numbers=vi`. */
export interface DeclaredOptions {
  readonly numbers?: NumberStyle;
}

/**
 * Reads the options line (`#numbers=vi`, several as `#numbers=en; …`); an unknown option or value
 * is returned as a problem message, so a typo never passes silently.
 */
export function readOptionsLine(line: string): { options: DeclaredOptions; problem?: string } {
  const options: { numbers?: NumberStyle } = {};
  for (const part of line.replace(/^#/, "").split(/[;,]/)) {
    const text = part.trim();
    if (text === "") continue;
    const match = /^([a-z_-]+)\s*=\s*(\S+)$/i.exec(text);
    const [name, value] = match ? [match[1]?.toLowerCase(), match[2]?.toLowerCase()] : [];
    if (name === "numbers" && (value === "vi" || value === "en")) options.numbers = value;
    else
      return {
        options,
        problem: `Dòng khai báo "${line}" không hợp lệ: chỉ nhận "#numbers=vi" hoặc "#numbers=en".`,
      };
  }
  return { options };
}
