import { lastMonth } from "./month-span.ts";
import type { Period } from "./period.ts";

/** Options for period names. */
export interface NameOptions {
  /** Leave the year out ("tháng 8", "quý III") where the sentence already names it. */
  readonly short?: boolean;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * The period's name as Vietnamese reports write it, lower-case so it can sit mid-sentence.
 * A year keeps its number even in short form: "năm" alone would name no period.
 * @example vietnameseName(parsePeriod("2023-Q3")) // "quý III năm 2023"
 * @example vietnameseName(parsePeriod("2023-H1"), { short: true }) // "6 tháng đầu năm"
 * @example vietnameseName(parsePeriod("2023-7M")) // "7 tháng đầu năm 2023"
 */
export function vietnameseName(p: Period, options: NameOptions = {}): string {
  const year = `năm ${p.year}`;
  const short = options.short === true;
  switch (p.type) {
    case "month":
      return short ? `tháng ${p.index}` : `tháng ${p.index} ${year}`;
    case "quarter":
      return short ? `quý ${ROMAN[p.index - 1]}` : `quý ${ROMAN[p.index - 1]} ${year}`;
    case "half": {
      // "6 tháng đầu năm 2023": the word "năm" belongs to the phrase, so the short form keeps it.
      const half = p.index === 1 ? "6 tháng đầu năm" : "6 tháng cuối năm";
      return short ? half : `${half} ${p.year}`;
    }
    case "year_to_date":
      // "7 tháng đầu năm 2023", as the reports' titles write it; short "7 tháng" ("so với 7 tháng").
      return short ? `${p.index} tháng` : `${p.index} tháng đầu ${year}`;
    case "year":
      return year;
  }
}

/**
 * The months after a period up to December, as the "phương hướng, nhiệm vụ" part of a report
 * names them: "5 tháng cuối năm 2023" after 7 months, "6 tháng cuối năm 2023" after the first
 * half, "tháng 12 năm 2023" after 11 months. A period that ends in December leaves no month of
 * its year: the next year is named ("năm 2024").
 * @example restOfYearName(parsePeriod("2023-9M")) // "3 tháng cuối năm 2023"
 */
export function restOfYearName(p: Period): string {
  const left = 12 - lastMonth(p);
  if (left === 0) return `năm ${p.year + 1}`;
  if (left === 1) return `tháng 12 năm ${p.year}`;
  return `${left} tháng cuối năm ${p.year}`;
}

/**
 * The period's English name.
 * @example englishName(parsePeriod("2023-H1")) // "first half of 2023"
 */
export function englishName(p: Period, options: NameOptions = {}): string {
  const short = options.short === true;
  const year = String(p.year);
  switch (p.type) {
    case "month": {
      const name = ENGLISH_MONTHS[p.index - 1] ?? String(p.index);
      return short ? name : `${name} ${year}`;
    }
    case "quarter":
      return short ? `Q${p.index}` : `Q${p.index} ${year}`;
    case "half": {
      const half = p.index === 1 ? "first half" : "second half";
      return short ? half : `${half} of ${year}`;
    }
    case "year_to_date":
      return short ? `${p.index} months` : `first ${p.index} months of ${year}`;
    case "year":
      return year;
  }
}
