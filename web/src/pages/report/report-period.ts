import { useSearchParams } from "react-router";
import {
  englishName,
  formatPeriodId,
  monthsOf,
  parsePeriod,
  vietnameseName,
  yearToDatePeriod,
} from "../../../../src/core/periods/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";

/**
 * The kinds of report a locality writes: a period kind, the nine months (the Decree 09 report
 * of January to September, whatever the month) or `year_to_date`, January to the header's month
 * ("7 tháng đầu năm", "11 tháng").
 */
export type ReportKind = "month" | "year_to_date" | "quarter" | "half" | "nine_months" | "year";

/** The kinds in the order the picker shows them: the month and its year to date first. */
export const REPORT_KINDS: readonly ReportKind[] = [
  "month",
  "year_to_date",
  "quarter",
  "half",
  "nine_months",
  "year",
];

/**
 * The report period of a kind that holds the month: 2023-08 → 2023-8M, 2023-Q3, 2023-H2, 2023-9M,
 * 2023. January to the month is read in its one canonical kind, so from January to March it is
 * 2023-01, 2023-2M, 2023-Q1, and to June 2023-H1, to December the year.
 */
export function reportPeriodOf(month: string, kind: ReportKind): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  switch (kind) {
    case "month":
      return month;
    case "year_to_date":
      return formatPeriodId(yearToDatePeriod(year, m));
    case "quarter":
      return `${year}-Q${Math.ceil(m / 3)}`;
    case "half":
      return `${year}-H${Math.ceil(m / 6)}`;
    case "nine_months":
      return `${year}-9M`;
    case "year":
      return String(year);
  }
}

/** The last month of a period: the month the header shows once the period is opened. */
export function lastMonthOf(period: string): string {
  return formatPeriodId(monthsOf(parsePeriod(period)).at(-1) ?? parsePeriod(period));
}

/** "quý III năm 2023", "7 tháng đầu năm 2023", "tháng 8 năm 2023" (or English). */
export function periodName(period: string, lang: "vi" | "en"): string {
  const parsed = parsePeriod(period);
  return lang === "en" ? englishName(parsed) : vietnameseName(parsed);
}

/**
 * The report's period on the report screen: the header's month and a kind kept in the URL
 * (`?kind=quarter`), so a quarterly or yearly report opens, previews and is issued like a
 * monthly one, and the link can be shared.
 */
export function useReportPeriod() {
  const { period: month, setPeriod } = useUnitPeriod();
  const [params, setParams] = useSearchParams();
  const asked = params.get("kind") as ReportKind | null;
  const kind = asked && REPORT_KINDS.includes(asked) ? asked : "month";
  return {
    kind,
    period: reportPeriodOf(month, kind),
    setKind: (next: ReportKind) =>
      setParams((current) => {
        const copy = new URLSearchParams(current);
        copy.set("kind", next);
        return copy;
      }),
    /** Opens a period (of this kind) by moving the header's month to its last month. */
    open: (period: string) => setPeriod(lastMonthOf(period)),
  };
}
