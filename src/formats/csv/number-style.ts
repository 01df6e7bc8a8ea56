/**
 * How a file writes its numbers: `en` (and machine form) has a decimal point and comma grouping
 * (1,234.5); `vi` has a decimal comma and dot grouping (1.234,5).
 */
export type NumberStyle = "vi" | "en";

/** What a cell says as a number. */
export type NumberReading =
  | { readonly kind: "number"; readonly value: number; readonly style?: NumberStyle }
  | { readonly kind: "ambiguous"; readonly en: number; readonly vi: number }
  | { readonly kind: "wrong_style"; readonly style: NumberStyle; readonly value: number }
  | { readonly kind: "text" };

const PLAIN = /^[-+]?\d+$/;
const SCIENTIFIC = /^[-+]?\d+(\.\d+)?[eE][-+]?\d+$/;
const EN = /^[-+]?([1-9]\d{0,2}(,\d{3})+|\d+)(\.\d+)?$/;
const VI = /^[-+]?([1-9]\d{0,2}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * Reads a number in the declared style, or, undeclared, in whichever style reads it; a cell both
 * styles read differently ("1.001", "1,500") is ambiguous and names both readings.
 * @example readNumber("1,5") // { kind: "number", value: 1.5, style: "vi" }
 * @example readNumber("1.001") // { kind: "ambiguous", en: 1.001, vi: 1001 }
 */
export function readNumber(cell: string, declared?: NumberStyle): NumberReading {
  if (PLAIN.test(cell)) return { kind: "number", value: Number(cell) };
  if (SCIENTIFIC.test(cell)) return { kind: "number", value: Number(cell), style: "en" };
  const en = EN.test(cell) ? Number(cell.replaceAll(",", "")) : undefined;
  const vi = VI.test(cell) ? Number(cell.replaceAll(".", "").replace(",", ".")) : undefined;
  if (declared) {
    const value = declared === "en" ? en : vi;
    if (value !== undefined) return { kind: "number", value };
    const other = declared === "en" ? vi : en;
    return other === undefined
      ? { kind: "text" }
      : { kind: "wrong_style", style: declared, value: other };
  }
  if (en !== undefined && vi !== undefined)
    return en === vi ? { kind: "number", value: en } : { kind: "ambiguous", en, vi };
  if (en !== undefined) return { kind: "number", value: en, style: "en" };
  if (vi !== undefined) return { kind: "number", value: vi, style: "vi" };
  return { kind: "text" };
}

/** A number said the Vietnamese way without grouping marks, so neither reading is confused: "1 phẩy 001". */
export function spokenNumber(n: number): string {
  return String(n).replace(".", " phẩy ");
}

/** How a style is named in messages. */
export function styleName(style: NumberStyle): string {
  return style === "vi"
    ? "kiểu Việt Nam (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn: 1.234,5)"
    : "kiểu tiếng Anh (dấu chấm thập phân, dấu phẩy phân cách hàng nghìn: 1,234.5)";
}

/** The message refusing an ambiguous cell, with both readings and how to declare the style. */
export function ambiguousMessage(cell: string, en: number, vi: number): string {
  return `"${cell}" đọc được hai cách: kiểu Việt Nam là ${spokenNumber(vi)}, kiểu tiếng Anh là ${spokenNumber(en)}. Hãy khai báo cách viết số của tệp: --numbers vi hoặc --numbers en, hoặc dòng đầu tệp "#numbers=vi".`;
}

/** The message refusing a cell written in the other style than the one declared. */
export function wrongStyleMessage(cell: string, style: NumberStyle): string {
  return `"${cell}" không đúng cách viết số đã khai báo, ${styleName(style)}.`;
}
