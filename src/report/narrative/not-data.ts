import { unitAt } from "./measure-units.ts";

/** Why a number in prose is not data. */
export type NotDataReason =
  | "document_number"
  | "date"
  | "year"
  | "name"
  | "age"
  | "numbering"
  | "phone"
  | "clause"
  | "time"
  | "class_bound";

/** A rule: a look at the text before and after the numeral, and the reason when it matches. */
interface Rule {
  readonly reason: NotDataReason;
  readonly before?: RegExp;
  readonly after?: RegExp;
  readonly numeral?: RegExp;
}

// Words that name a document; the number after them (with or without "số") is its number.
const DOCUMENT =
  "nghị định|nghị quyết|quyết định|thông tư|chỉ thị|kế hoạch|công văn|báo cáo|tờ trình|đề án|thông báo|hướng dẫn|luật|văn bản|chương trình";
// Words that name a road, a place or a thing by number: "Quốc lộ 61B", "Phường 1", "đường số 4".
const PLACE =
  "quốc lộ|QL|tỉnh lộ|đường tỉnh|ĐT|đường huyện|ĐH|hương lộ|đường số|đường|lộ|phường|khóm|ấp|tổ|khu phố|khu vực|lô|kênh|cầu|số nhà|tầng|phòng";
// Words before a number that orders or dates something rather than counting it.
const ORDINAL =
  "tháng|năm|ngày|quý|tuần|lần|đợt|giai đoạn|khóa|kỳ họp|thứ|phần|mục|chương|phụ lục|bước|tập|hạng|cấp độ|nhóm|lớp|khối|Quốc khánh";

const word = (alternatives: string): string => `(?:^|[^\\p{L}])(?:${alternatives})`;

const RULES: readonly Rule[] = [
  // Section numbering at the start of a line: "1.", "2.1.", "a)" is letters, not met here.
  { reason: "numbering", before: /^\s*(?:[-+]\s*)?$/u, after: /^(?:\.\d+)*[.)]\s/u },
  { reason: "numbering", before: /^\s*(?:[-+]\s*)?\d+(?:\.\d+)*\.$/u },
  // Document numbers: "51/KH-UBND", "03/2019/NĐ-CP" (both numbers), "Nghị định số 03".
  { reason: "document_number", after: /^\/(?:\d{4}\/)?[\p{Lu}Đ]/u },
  { reason: "document_number", before: /\d\/$/u, after: /^\/[\p{Lu}Đ]/u },
  { reason: "document_number", before: new RegExp(`${word(DOCUMENT)}\\s+số\\s*$`, "iu") },
  // Clauses of a legal text: "Điều 5", "khoản 2", "điểm a khoản 3".
  { reason: "clause", before: /(?:^|[^\p{L}])(?:điều|khoản|điểm)\s+$/iu },
  // Dates in words: "ngày 30 tháng 8".
  { reason: "date", before: /(?:^|[^\p{L}])ngày\s+$/iu, after: /^\s+tháng\s+\d/iu },
  { reason: "date", before: /(?:^|[^\p{L}])ngày\s+\d{1,2}\s+tháng\s+$/iu },
  // Times of day: "8 giờ 30", "8h30", "14 giờ".
  { reason: "time", after: /^\s*(?:giờ|h\d|h(?![\p{L}]))/iu },
  { reason: "time", before: /\d\s*(?:giờ|h)\s*$/iu },
  // Ordinals and periods: "tháng 8", "lần 1", "đợt 4", "năm học 2022 - 2023"; before the
  // ages, so that "lần 1 năm 2024" is the first time, not one year.
  { reason: "numbering", before: new RegExp(`${word(ORDINAL)}\\s+$`, "iu") },
  // Ages, anniversaries and durations: "78 năm Cách mạng", "kỷ niệm 93 năm", "dưới 01 tuổi".
  { reason: "age", after: /^\s+(?:năm|tuổi|tháng|ngày|tuần|giờ|phút)(?![\p{L}])/iu },
  { reason: "age", before: /(?:kỷ niệm|tròn|lên)\s+$/iu },
  // Phone numbers: ten digits from 0, or after the words that announce one.
  { reason: "phone", numeral: /^0\d{8,10}$/u },
  { reason: "phone", numeral: /^0\d{2,3}$/u, after: /^[\s.]\d{3}[\s.]\d{3,4}/u },
  { reason: "phone", before: /(?:điện thoại|ĐT|SĐT|hotline|fax)\s*:?\s*(?:[\d\s.]+)?$/iu },
  // Road, place and thing names: "Quốc lộ 61B", "QL1A", "Phường 1", "đường Số 4".
  { reason: "name", after: /^\p{L}/u },
  { reason: "name", before: new RegExp(`${word(PLACE)}\\s*$`, "iu") },
  { reason: "name", before: /\p{L}$/u },
  // Class bounds of a breakdown: "thiệt hại trên 70% là 120 ha", "từ 30-70%".
  { reason: "class_bound", after: /^\s*%\s+là\s+[\d{]/u },
  { reason: "class_bound", after: /^\s*[-–]\s*\d+(?:[.,]\d+)?\s*%/u },
  { reason: "class_bound", before: /\d\s*%?\s*[-–]\s*$/u, after: /^\s*%/u },
];

const YEAR = /^(?:19|20)\d{2}$/u;
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/u;
const MONTH_YEAR = /^(\d{1,2})\/((?:19|20)\d{2})$/u;

/**
 * True when the numeral is part of a date "17/3/2023", "14/8", "10/2003", "02/9". A day and a
 * month with a unit after them ("14/16 hộ", "3/5 xã") is a ratio, not a date.
 */
function inDate(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && /[\d/]/u.test(text[a - 1] ?? "")) a--;
  while (b < text.length && /[\d/]/u.test(text[b] ?? "")) b++;
  const token = text.slice(a, b);
  if (!token.includes("/") || unitAt(text, b) !== undefined) return false;
  const dayMonth = DAY_MONTH.exec(token);
  if (dayMonth) return Number(dayMonth[1]) <= 31 && Number(dayMonth[2]) <= 12;
  const monthYear = MONTH_YEAR.exec(token);
  return monthYear !== null && Number(monthYear[1]) <= 12;
}

/**
 * Why the numeral at [start, end) of `text` is not data, or undefined when it may be.
 * @example notDataReason("theo Nghị định số 03/2019/NĐ-CP", 21, 23) // "document_number"
 */
export function notDataReason(text: string, start: number, end: number): NotDataReason | undefined {
  const numeral = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (inDate(text, start, end)) return "date";
  for (const rule of RULES) {
    if (rule.numeral && !rule.numeral.test(numeral)) continue;
    if (rule.before && !rule.before.test(before)) continue;
    if (rule.after && !rule.after.test(after)) continue;
    return rule.reason;
  }
  // A bare four-digit year: "năm 2023", "2022_2023", "2023-2024" (a figure would have a unit).
  if (YEAR.test(numeral) && !after.startsWith("%") && unitAt(text, end) === undefined)
    return "year";
  return undefined;
}
