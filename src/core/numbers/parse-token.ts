import type { Decimal } from "./decimal.ts";
import { makeDecimal } from "./decimal.ts";
import type { NumberLocale } from "./locale.ts";
import { assertShortEnough, invalidNumber } from "./number-error.ts";
import type { ParseNote } from "./parse-note.ts";

/** One reading of a bare numeral such as "96.549": the chosen value, the others, the notes. */
export interface TokenReading {
  readonly decimal: Decimal;
  readonly alternatives: readonly Decimal[];
  readonly notes: readonly ParseNote[];
}

const LEAD = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const SHAPE = /^\d+(?:[.,]\d+)*$/;
const BAD_MARKS = "dấu chấm, dấu phẩy đặt không đúng chỗ (viết đúng: 22.313,03)";

const integer = (digits: string): Decimal => makeDecimal(false, BigInt(digits), 0);
const fraction = (int: string, frac: string): Decimal =>
  makeDecimal(false, BigInt(int + frac), frac.length);
const isGrouped = (parts: readonly string[]): boolean =>
  LEAD.test(parts[0] ?? "") && parts.slice(1).every((p) => GROUP.test(p));
/** "x.yyy" or "x,yyy" with 1–3 leading digits reads both as a thousands group and as decimals. */
const looksGrouped = (int: string, frac: string): boolean => LEAD.test(int) && GROUP.test(frac);

function intNotes(int: string, grouped: boolean): ParseNote[] {
  if (/^0\d/.test(int)) return ["zero_padded"];
  return !grouped && int.length >= 4 ? ["missing_grouping"] : [];
}

/** Reads with `.` as group mark and `,` as decimal mark; English text is swapped first. */
function readVietnamese(token: string): TokenReading {
  const dots = token.split(".").length - 1;
  const commas = token.split(",").length - 1;
  if (dots > 0 && commas > 0) {
    const last = Math.max(token.lastIndexOf("."), token.lastIndexOf(","));
    const decimalMark = token[last] ?? ",";
    const groupMark = decimalMark === "," ? "." : ",";
    const int = token.slice(0, last).split(groupMark);
    const frac = token.slice(last + 1);
    if (int.some((p) => p.includes(decimalMark)) || !isGrouped(int))
      throw invalidNumber(token, BAD_MARKS);
    const notes: ParseNote[] = decimalMark === "," ? [] : ["nonstandard_separator"];
    return { decimal: fraction(int.join(""), frac), alternatives: [], notes };
  }
  if (dots === 0 && commas === 0)
    return { decimal: integer(token), alternatives: [], notes: intNotes(token, false) };
  const mark = dots > 0 ? "." : ",";
  const parts = token.split(mark);
  if (parts.length > 2) {
    if (!isGrouped(parts)) throw invalidNumber(token, BAD_MARKS);
    return {
      decimal: integer(parts.join("")),
      alternatives: [],
      notes: mark === "," ? ["nonstandard_separator"] : [],
    };
  }
  const [int = "", frac = ""] = parts;
  const ambiguous = looksGrouped(int, frac);
  if (mark === ",") {
    const alternatives = ambiguous ? [integer(int + frac)] : [];
    return { decimal: fraction(int, frac), alternatives, notes: intNotes(int, false) };
  }
  if (ambiguous)
    return { decimal: integer(int + frac), alternatives: [fraction(int, frac)], notes: [] };
  return {
    decimal: fraction(int, frac),
    alternatives: [],
    notes: ["nonstandard_separator", ...intNotes(int, false)],
  };
}

const swapMarks = (text: string): string => text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));

/**
 * Reads a bare numeral ("96.549", "458,921", "22.313,03", "101.10") without guessing silently:
 * the reading of `locale` wins and the other convention's reading is kept as an alternative.
 * @example readNumberToken("458,921").alternatives // [458921] as a decimal
 */
export function readNumberToken(token: string, locale: NumberLocale = "vi"): TokenReading {
  assertShortEnough(token);
  if (!SHAPE.test(token)) throw invalidNumber(token, "không phải là một số");
  return readVietnamese(locale === "en" ? swapMarks(token) : token);
}
