import { parseVietnameseNumber } from "../../core/numbers/index.ts";
import { fromFigure, type LineText } from "./line-text.ts";
import { unitFamily, unitSpan } from "./measure-units.ts";
import { type NotDataReason, notDataReason } from "./not-data.ts";

/** A number met in a line of prose, read and classified. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Where its unit ends ("852 hồ sơ|"): `end` when it has none. */
  readonly unitEnd: number;
  /** The numeral as written, with its % when it has one: "1,6%", "58.957". */
  readonly numeral: string;
  /** Value in base units ("64,300 tỷ" → 64.3e9; "1,6%" → 1.6), signed when a sign is written. */
  readonly value: number;
  /** Fractional places written: how precise the writer was. */
  readonly decimals: number;
  readonly percent: boolean;
  /** The scale word's power of ten ("tỷ" → 9), for the precision of money. */
  readonly exponent: number;
  /** Unit family after the number ("hồ sơ", "ha", "đồng"); undefined when there is none. */
  readonly unit?: string;
  /** "trên", "hơn", "gần", "khoảng"… written just before it. */
  readonly qualifier?: string;
  readonly fromFigure: boolean;
  /** Parenthesis depth at the number: "(lũy kế 6.366 hồ sơ)" is 1. */
  readonly depth: number;
  /**
   * `figure`: a quantity (unit, % or money); `not_data`: a document number, date, name…;
   * `bare`: a number with no unit ("03 Chương trình"); `spaced`: "1. 357", a typo or numbering.
   */
  readonly kind: "figure" | "not_data" | "bare" | "spaced";
  readonly reason?: NotDataReason;
}

const NUMERAL = /(?<![\p{L}\d.,_])([+\-−]\s?)?(\d+(?:[.,]\d+)*)(\s?%)?/gu;
const SCALE_EXPONENT: Readonly<Record<string, number>> = { tỷ: 9, tỉ: 9, triệu: 6, nghìn: 3 };
// "tăng 1.900 so vụ Hè thu": a change amount is a figure even with its unit left out.
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm)\s+$/iu;
const QUALIFIER = /(?:^|[^\p{L}])(trên|hơn|gần|dưới|khoảng|xấp xỉ|ước đạt|ước|vượt)\s+$/iu;

/** Depth of parentheses at each position of the text. */
function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    out.push(depth);
    if (c === ")") depth = Math.max(0, depth - 1);
    if (c.length === 2) out.push(depth);
  }
  return out;
}

/** "1. 357" mid-sentence: numbering, or a thousands dot followed by a stray space? Never one number. */
function spacedWith(text: string, start: number, end: number): boolean {
  return /\d\.\s$/u.test(text.slice(0, start)) || /^\.\s\d{3}(?!\d)/u.test(text.slice(end));
}

/** Where a line's own numbering ends ("1. ", "2.1. ", "- 1. "), so it is not read as data. */
function numberingEnd(text: string): number {
  return /^\s*(?:[-+]\s*)?(?:\d+\.)+\s/u.exec(text)?.[0].length ?? 0;
}

/** Reads every number of a line: value, unit, whether it is data, where it sits. */
export function readMentions(line: LineText): Mention[] {
  const { text } = line;
  const depth = depths(text);
  const numbered = numberingEnd(text);
  const out: Mention[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const sign = (m[1] ?? "").replace(/\s/g, "");
    const digits = m[2] ?? "";
    const percent = m[3] !== undefined;
    const start = m.index + (m[1]?.length ?? 0);
    const numeralEnd = start + digits.length;
    const end = m.index + m[0].length;
    const span = percent ? undefined : unitSpan(text, end);
    const unit = span?.unit;
    const scale = unit ? (SCALE_EXPONENT[unit.split(" ")[0] ?? ""] ?? 0) : 0;
    let parsed: ReturnType<typeof parseVietnameseNumber>;
    try {
      parsed = parseVietnameseNumber(`${sign}${digits}${percent ? "%" : ""}`);
    } catch {
      continue;
    }
    const reason = start < numbered ? "numbering" : notDataReason(text, start, numeralEnd);
    const spaced = reason === undefined && start >= numbered && spacedWith(text, start, end);
    const kind = reason
      ? "not_data"
      : spaced
        ? "spaced"
        : percent || unit !== undefined || CHANGE_BEFORE.test(text.slice(0, m.index))
          ? "figure"
          : "bare";
    const qualifier = QUALIFIER.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    const family = unitFamily(unit);
    out.push({
      start: sign ? m.index : start,
      end,
      unitEnd: span?.end ?? end,
      numeral: text.slice(start, end),
      value: parsed.value * 10 ** scale,
      decimals: parsed.decimals,
      percent,
      exponent: scale,
      ...(family === undefined ? {} : { unit: family }),
      ...(qualifier === undefined ? {} : { qualifier: qualifier.toLowerCase() }),
      fromFigure: fromFigure(line, start, numeralEnd),
      depth: depth[start] ?? 0,
      kind,
      ...(reason === undefined ? {} : { reason }),
    });
  }
  return withRatioUnits(text, out);
}

/**
 * The left side of "192/198 hộ" or "966/7.326 triệu đồng" is written without its unit: it takes
 * the unit written once after the pair, so it is a figure like the right side (the ratio check
 * borrows the scale, "triệu", the same way).
 */
function withRatioUnits(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    if (m.kind !== "bare" || next?.kind !== "figure" || next.percent) return m;
    if (!/^\s*\/\s*$/u.test(text.slice(m.end, next.start))) return m;
    return { ...m, kind: "figure", ...(next.unit === undefined ? {} : { unit: next.unit }) };
  });
}
