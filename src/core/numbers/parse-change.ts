import type { NumberLocale } from "./locale.ts";
import { assertShortEnough, invalidNumber } from "./number-error.ts";
import { normalizeText } from "./parse-figure.ts";
import type { ParsedNumber } from "./parse-number.ts";
import { parseVietnameseNumber } from "./parse-number.ts";

/** Which way a change phrase points. */
export type ChangeDirection = "up" | "down" | "zero";

/** A change phrase read from text: "tăng 1.900 tấn so vụ Hè thu 2022". */
export interface ParsedChange {
  readonly direction: ChangeDirection;
  /** Signed change in the figure's base unit; 0 for "không đổi". */
  readonly delta: number;
  /** Other signed readings of the change when the figure is ambiguous. */
  readonly alternatives: readonly number[];
  /** The word as written: "tăng", "thấp hơn", "bằng cùng kỳ". */
  readonly word: string;
  readonly figure?: ParsedNumber;
  /** The comparison as written: "so năm 2022", "so với tháng trước". */
  readonly against?: string;
}

const UP = ["tăng", "cao hơn", "nhiều hơn", "vượt"];
const DOWN = ["giảm", "thấp hơn", "ít hơn"];
const ZERO = [
  "không thay đổi",
  "không đổi",
  "bằng cùng kỳ",
  "tương đương cùng kỳ",
  "bằng với cùng kỳ",
];
const wordsPattern = (words: readonly string[]): RegExp =>
  new RegExp(`(^|\\s)(${words.join("|")})(?=\\s|$)`, "iu");
const CHANGE = wordsPattern([...UP, ...DOWN]);
const NO_CHANGE = wordsPattern(ZERO);
const AGAINST_AT_END = /\s(so\s.*|so)$/iu;

function optionalAgainst(text: string): { against?: string } {
  const trimmed = text.trim();
  return trimmed === "" ? {} : { against: trimmed };
}

function readZero(text: string, match: RegExpExecArray, input: string): ParsedChange {
  const word = match[2] ?? "";
  const start = match.index + (match[1] ?? "").length;
  const around = `${text.slice(0, start)} ${text.slice(start + word.length)}`.trim();
  if (around !== "" && !/^so(\s|$)/iu.test(around))
    throw invalidNumber(input, "phần so sánh phải bắt đầu bằng “so”");
  return { direction: "zero", delta: 0, alternatives: [], word, ...optionalAgainst(around) };
}

/**
 * Reads "tăng/giảm <figure> [so …]", "so … tăng <figure>", "thấp hơn so với … <figure>",
 * and "không đổi" / "bằng cùng kỳ".
 * @example parseChangePhrase("giảm 03 đối tượng so với tháng trước").delta // -3
 */
export function parseChangePhrase(
  text: string,
  options: { readonly locale?: NumberLocale } = {},
): ParsedChange {
  assertShortEnough(text);
  const normalized = normalizeText(text);
  const match = CHANGE.exec(normalized);
  if (!match) {
    const zero = NO_CHANGE.exec(normalized);
    if (zero) return readZero(normalized, zero, text);
    throw invalidNumber(text, "không có từ chỉ biến động (tăng, giảm, không đổi…)");
  }
  const word = match[2] ?? "";
  const start = match.index + (match[1] ?? "").length;
  const before = normalized.slice(0, start).trim();
  if (before !== "" && !/^so(\s|$)/iu.test(before))
    throw invalidNumber(text, "phần so sánh phải bắt đầu bằng “so”");
  let after = normalized.slice(start + word.length).trim();
  let against = before;
  if (/^so(\s|$)/iu.test(after)) {
    const digit = after.search(/\d/);
    if (digit < 0) throw invalidNumber(text, "không có con số của biến động");
    against = after.slice(0, digit).trim();
    after = after.slice(digit);
  } else {
    const tail = AGAINST_AT_END.exec(after);
    if (tail && against === "") {
      against = tail[1] ?? "";
      after = after.slice(0, tail.index);
    }
  }
  if (/^[+\-−]/u.test(after)) {
    throw invalidNumber(text, "đã có từ tăng/giảm thì không ghi dấu + hoặc −");
  }
  const figure = parseVietnameseNumber(after, options);
  const sign = DOWN.includes(word.toLowerCase()) ? -1 : 1;
  const signed = (v: number): number => (v === 0 ? 0 : sign * v);
  return {
    direction: figure.value === 0 ? "zero" : sign < 0 ? "down" : "up",
    delta: signed(figure.value),
    alternatives: figure.alternatives.map(signed),
    word,
    figure,
    ...optionalAgainst(against),
  };
}
