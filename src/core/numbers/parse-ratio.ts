import { shiftDecimal } from "./decimal.ts";
import type { NumberLocale } from "./locale.ts";
import { SCALE_EXPONENT } from "./money-scale.ts";
import { assertShortEnough, invalidNumber } from "./number-error.ts";
import type { RawFigure } from "./parse-figure.ts";
import { normalizeText, readFigure } from "./parse-figure.ts";
import type { ParseNote } from "./parse-note.ts";
import type { ParsedNumber } from "./parse-number.ts";
import { toParsedNumber } from "./parse-number.ts";

/** A "done/total" pair read from text. */
export interface ParsedRatio {
  readonly done: ParsedNumber;
  readonly total: ParsedNumber;
  /** Unit written once after the pair ("hộ", "đồng"). */
  readonly unit?: string;
  readonly scale?: ParsedNumber["scale"];
  /** True when either side has another reading. */
  readonly ambiguous: boolean;
  readonly notes: readonly ParseNote[];
}

/** The first slash between two digits: "tấn/ha" in a unit is not a ratio. */
const SPLIT = /^([^/]*?\d[^/]*?)\s*\/\s*(?=[+\-−]?\d)(.*)$/su;

/** The left side borrows the scale written once after the pair: "966/7.326 triệu đồng". */
function borrowScale(done: RawFigure, total: RawFigure, input: string): RawFigure {
  if (done.scaleWords.length > 0 || total.scaleWords.length === 0) return done;
  const [word] = total.scaleWords;
  if (word === undefined || total.scaleWords.length > 1) {
    throw invalidNumber(input, "không rõ số trước dấu “/” tính theo đơn vị nào");
  }
  const exponent = SCALE_EXPONENT[word];
  return {
    ...done,
    decimal: shiftDecimal(done.decimal, exponent),
    alternatives: done.alternatives.map((a) => shiftDecimal(a, exponent)),
    scaleWords: total.scaleWords,
  };
}

/**
 * Reads "x/y" pairs: "192/198 hộ", "4,836/4,985 tỷ đồng", "22.313,03/22.338,49 ha", "2322/2663".
 * @example parseRatio("966/7.326 triệu đồng").done.value // 966_000_000
 */
export function parseRatio(
  text: string,
  options: { readonly locale?: NumberLocale } = {},
): ParsedRatio {
  assertShortEnough(text);
  const normalized = normalizeText(text);
  const match = SPLIT.exec(normalized);
  if (!match) throw invalidNumber(text, "cần dạng “số đã thực hiện/tổng số”, ví dụ 192/198 hộ");
  const total = readFigure(match[2] ?? "", options.locale);
  const left = readFigure(match[1] ?? "", options.locale);
  if (left.percent || total.percent) throw invalidNumber(text, "tỷ lệ dạng x/y không ghi dấu %");
  if (left.unit !== undefined && left.unit !== total.unit) {
    throw invalidNumber(
      text,
      `đơn vị hai bên dấu “/” khác nhau (“${left.unit}”, “${total.unit ?? ""}”)`,
    );
  }
  const done = toParsedNumber({
    ...borrowScale(left, total, text),
    ...(total.unit ? { unit: total.unit } : {}),
  });
  const parsedTotal = toParsedNumber(total);
  return {
    done,
    total: parsedTotal,
    ...(parsedTotal.unit === undefined ? {} : { unit: parsedTotal.unit }),
    ...(parsedTotal.scale === undefined ? {} : { scale: parsedTotal.scale }),
    ambiguous: done.ambiguous || parsedTotal.ambiguous,
    notes: [...new Set([...done.notes, ...parsedTotal.notes])],
  };
}
