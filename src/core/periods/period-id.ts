import { BaocaoError, isBaocaoError } from "../errors.ts";
import {
  isPeriodIndex,
  MAX_YEAR,
  MIN_YEAR,
  makePeriod,
  type Period,
  type PeriodType,
  yearToDatePeriod,
} from "./period.ts";

const ACCEPTED_FORMS =
  "2023-08 (tháng), 2023-Q3 (quý), 2023-H1 hoặc 2023-H2 (6 tháng), " +
  "2023-7M, 2023-9M, 2023-11M (7, 9, 11 tháng đầu năm), 2023 (năm); " +
  "hoặc dạng DHIS2: 202308, 2023Q3, 2023S1";

/** One accepted spelling of a period id; the year is always the first capture group. */
interface IdForm {
  readonly pattern: RegExp;
  readonly type: PeriodType;
}

// DHIS2 writes half-years as S1/S2 (semester) and omits the dash; we accept both spellings
// for every suffix so that a clerk's near-miss (2023-S1, 2023q3) is not rejected for nothing.
const FORMS: readonly IdForm[] = [
  { pattern: /^(\d{4})-?(\d{2})$/, type: "month" },
  { pattern: /^(\d{4})-?Q(\d)$/, type: "quarter" },
  { pattern: /^(\d{4})-?[HS](\d)$/, type: "half" },
  { pattern: /^(\d{4})-?(\d{1,2})M$/, type: "year_to_date" },
  { pattern: /^(\d{4})$/, type: "year" },
];

const INDEX_RULE: Readonly<Record<PeriodType, string>> = {
  month: "tháng phải từ 01 đến 12",
  quarter: "quý phải từ 1 đến 4",
  half: "kỳ 6 tháng phải là 1 (đầu năm) hoặc 2 (cuối năm)",
  year_to_date: "số tháng đầu năm phải từ 1 đến 12",
  year: "",
};

function invalidId(input: unknown, reason?: string): BaocaoError {
  const why = reason === undefined ? "" : ` (${reason})`;
  return new BaocaoError(
    "period.invalid_id",
    `Mã kỳ báo cáo không hợp lệ: "${String(input)}"${why}. Các dạng được chấp nhận: ${ACCEPTED_FORMS}.`,
    reason === undefined ? { input } : { input, reason },
  );
}

/**
 * Reads a period id in canonical or DHIS2 form (case and surrounding spaces do not matter).
 * `YYYY-nM` is January to month n; where another kind covers the same months it reads as that
 * kind, the canonical one: `2023-1M` → `2023-01`, `2023-3M` → `2023-Q1`, `2023-6M` →
 * `2023-H1`, `2023-12M` → `2023`.
 * Throws `period.invalid_id` naming the bad id and the accepted forms.
 * @example parsePeriod("2023S1") // { type: "half", year: 2023, index: 1 }
 */
export function parsePeriod(id: string): Period {
  if (typeof id !== "string") throw invalidId(id);
  const text = id.trim().toUpperCase();
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const year = Number(match[1]);
    const index = match[2] === undefined ? 1 : Number(match[2]);
    // "n tháng đầu năm" takes every n from 1 to 12; the n another kind covers read as that kind.
    const valid =
      form.type === "year_to_date" ? index >= 1 && index <= 12 : isPeriodIndex(form.type, index);
    if (!valid) throw invalidId(id, INDEX_RULE[form.type]);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw invalidId(id, `năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`);
    }
    return form.type === "year_to_date"
      ? yearToDatePeriod(year, index)
      : makePeriod(form.type, year, index);
  }
  throw invalidId(id);
}

/** Like `parsePeriod`, but returns `undefined` instead of throwing. */
export function tryParsePeriod(id: string): Period | undefined {
  try {
    return parsePeriod(id);
  } catch (error) {
    if (isBaocaoError(error, "period.invalid_id")) return undefined;
    throw error;
  }
}

/**
 * The canonical id of a period, the only form the system writes.
 * @example formatPeriodId({ type: "half", year: 2023, index: 2 }) // "2023-H2"
 */
export function formatPeriodId(p: Period): string {
  const year = String(p.year).padStart(4, "0");
  switch (p.type) {
    case "month":
      return `${year}-${String(p.index).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${p.index}`;
    case "half":
      return `${year}-H${p.index}`;
    case "year_to_date":
      return `${year}-${p.index}M`;
    case "year":
      return year;
  }
}
