import { BaocaoError } from "../errors.ts";
import type { Decimal } from "./decimal.ts";
import { addDecimal, makeDecimal, shiftDecimal } from "./decimal.ts";
import type { NumberLocale } from "./locale.ts";
import type { ScaleWord } from "./money-scale.ts";
import { SCALE_EXPONENT, SCALE_SPELLINGS } from "./money-scale.ts";
import { assertShortEnough, invalidNumber } from "./number-error.ts";
import type { ParseNote } from "./parse-note.ts";
import type { TokenReading } from "./parse-token.ts";
import { readNumberToken } from "./parse-token.ts";

/** The exact reading of one figure, before it is turned into plain numbers. */
export interface RawFigure {
  readonly decimal: Decimal;
  readonly alternatives: readonly Decimal[];
  readonly notes: readonly ParseNote[];
  readonly percent: boolean;
  /** Scale words in the order written: ["ty", "trieu"] for "25 tỷ 465 triệu". */
  readonly scaleWords: readonly ScaleWord[];
  /** Fractional places written in the last numeral ("64,300" → 3). */
  readonly decimals: number;
  readonly unit?: string;
  readonly qualifier?: string;
}

/** A numeral and the power of ten its scale word gives it. */
interface Part {
  readonly reading: TokenReading;
  readonly exponent: number;
}

const QUALIFIER =
  /^(ước đạt|ước tính|ước|hơn|trên|gần|khoảng|dưới|xấp xỉ|tối thiểu|tối đa)\s+(?=[+\-−]?\d)/iu;
const SIGN = /^([+\-−])\s*/u;
const NUMERAL = /^\d+(?:[.,]\d+)*/;
const SCALE = /^\s*(tỷ|tỉ|triệu|nghìn|ngàn)(?!\p{L})/iu;
const NEXT_NUMERAL = /^\s+(\d+(?:[.,]\d+)*)/;
const PERCENT = /^(\s*)%/;

/** NFC (Word often hands over decomposed diacritics), no-break spaces as spaces, one space. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\u2009]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text still to read, and where it starts in the normalized input (for error positions). */
interface Cursor {
  readonly input: string;
  readonly locale: NumberLocale;
  readonly length: number;
  rest: string;
}

const positionOf = (cursor: Cursor): number => cursor.length - cursor.rest.length;

/** Reads a numeral, reporting a failure against the whole input rather than the bare numeral. */
function readAt(token: string, cursor: Cursor, position: number): TokenReading {
  try {
    return readNumberToken(token, cursor.locale);
  } catch (error) {
    const reason =
      error instanceof BaocaoError ? String(error.details.reason) : "không phải là một số";
    throw invalidNumber(cursor.input, reason, position);
  }
}

const scaleWordOf = (spelling: string): ScaleWord =>
  SCALE_SPELLINGS[spelling.toLowerCase()] ?? "nghin";

/** Sum of the parts, and the alternatives obtained by swapping one part for its other reading. */
function combine(parts: readonly Part[]): { decimal: Decimal; alternatives: Decimal[] } {
  const zero = makeDecimal(false, 0n, 0);
  const decimal = parts.reduce(
    (sum, p) => addDecimal(sum, shiftDecimal(p.reading.decimal, p.exponent)),
    zero,
  );
  const alternatives = parts.flatMap((p) => {
    const without = addDecimal(decimal, {
      ...shiftDecimal(p.reading.decimal, p.exponent),
      negative: true,
    });
    return p.reading.alternatives.map((alt) => addDecimal(without, shiftDecimal(alt, p.exponent)));
  });
  return { decimal, alternatives };
}

/** Numerals after scale words: "25 tỷ 465 triệu", and the spoken "2 tỷ 9" (= 2,9 tỷ). */
interface Scaled {
  readonly scaleWords: ScaleWord[];
  colloquial?: { readonly literal: Decimal; readonly read: Decimal };
}

/** Reads scale words in decreasing order, each after its numeral; `parts` grows as it reads. */
function readScales(cursor: Cursor, parts: Part[]): Scaled {
  const scaled: Scaled = { scaleWords: [] };
  for (let scale = SCALE.exec(cursor.rest); scale; scale = SCALE.exec(cursor.rest)) {
    const word = scaleWordOf(scale[1] ?? "");
    const exponent = SCALE_EXPONENT[word];
    const last = parts[parts.length - 1];
    const previous = scaled.scaleWords[scaled.scaleWords.length - 1];
    if (last?.exponent !== 0 || (previous !== undefined && SCALE_EXPONENT[previous] <= exponent)) {
      throw invalidNumber(
        cursor.input,
        "các đơn vị tỷ, triệu, nghìn không theo thứ tự giảm dần",
        positionOf(cursor),
      );
    }
    parts[parts.length - 1] = { ...last, exponent };
    scaled.scaleWords.push(word);
    cursor.rest = cursor.rest.slice(scale[0].length);
    const next = NEXT_NUMERAL.exec(cursor.rest);
    if (!next) continue;
    const numeral = next[1] ?? "";
    const after = cursor.rest.slice(next[0].length);
    const reading = readAt(numeral, cursor, positionOf(cursor) + next[0].length - numeral.length);
    if (SCALE.test(after)) {
      parts.push({ reading, exponent: 0 });
    } else if (/^\d{1,3}$/.test(numeral)) {
      const literal = reading.decimal;
      scaled.colloquial = { literal, read: shiftDecimal(literal, exponent - numeral.length) };
    } else {
      throw invalidNumber(cursor.input, "có hai số liền nhau", positionOf(cursor));
    }
    cursor.rest = after;
    if (scaled.colloquial) break;
  }
  return scaled;
}

/** Reads "[qualifier] [sign] numeral [% | scale words…] [unit]" exactly; throws number.invalid. */
export function readFigure(input: string, locale: NumberLocale = "vi"): RawFigure {
  assertShortEnough(input);
  const text = normalizeText(input);
  if (text === "") throw invalidNumber(input, "ô trống, không có số");
  const cursor: Cursor = { input, locale, length: text.length, rest: text };
  const qualifier = QUALIFIER.exec(cursor.rest);
  if (qualifier) cursor.rest = cursor.rest.slice(qualifier[0].length);
  const sign = SIGN.exec(cursor.rest);
  if (sign) cursor.rest = cursor.rest.slice(sign[0].length);
  const first = NUMERAL.exec(cursor.rest);
  if (!first) throw invalidNumber(input, "không tìm thấy chữ số ở đầu", positionOf(cursor));
  const parts: Part[] = [{ reading: readAt(first[0], cursor, positionOf(cursor)), exponent: 0 }];
  cursor.rest = cursor.rest.slice(first[0].length);
  const pct = PERCENT.exec(cursor.rest);
  if (pct) cursor.rest = cursor.rest.slice(pct[0].length);
  const { scaleWords, colloquial } = pct
    ? { scaleWords: [], colloquial: undefined }
    : readScales(cursor, parts);
  const unit = cursor.rest.trim();
  if (/\d/.test(unit)) throw invalidNumber(input, "có nhiều hơn một số", positionOf(cursor));
  if (/^[.,;:/%)]/.test(unit)) {
    throw invalidNumber(input, `ký tự “${unit[0]}” không đúng chỗ`, positionOf(cursor));
  }
  let { decimal, alternatives } = combine(parts);
  if (colloquial) {
    alternatives = [
      addDecimal(decimal, colloquial.literal),
      ...alternatives.map((a) => addDecimal(a, colloquial.read)),
    ];
    decimal = addDecimal(decimal, colloquial.read);
  }
  const negative = sign?.[1] !== undefined && sign[1] !== "+";
  const signed = (d: Decimal): Decimal => makeDecimal(negative, d.digits, d.scale);
  const notes: ParseNote[] = parts.flatMap((p) => p.reading.notes);
  if (pct?.[1]) notes.push("space_before_percent");
  if (colloquial) notes.push("colloquial_scale");
  return {
    decimal: signed(decimal),
    alternatives: alternatives.map(signed),
    notes,
    percent: pct !== null,
    scaleWords,
    decimals: parts[parts.length - 1]?.reading.decimal.scale ?? 0,
    ...(unit === "" ? {} : { unit }),
    ...(qualifier?.[1] ? { qualifier: qualifier[1].toLowerCase() } : {}),
  };
}
