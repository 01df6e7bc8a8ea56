import { useSearchParams } from "react-router";
import {
  englishName,
  formatPeriodId,
  monthsOf,
  type PeriodType,
  parsePeriod,
  vietnameseName,
} from "../../../../src/core/periods/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";

/** The kinds of report a locality writes, shortest first. */
export const REPORT_KINDS: readonly PeriodType[] = [
  "month",
  "quarter",
  "half",
  "nine_months",
  "year",
];

/**
 * The report period of a kind that holds the month: 2023-08 → 2023-Q3, 2023-H2, 2023-9M, 2023.
 * A nine-month report is the year's (January to September), whatever the month.
 */
export function reportPeriodOf(month: string, kind: PeriodType): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  switch (kind) {
    case "month":
      return month;
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

/** "quý III năm 2023", "9 tháng năm 2023", "tháng 8 năm 2023" (or English). */
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
  const asked = params.get("kind") as PeriodType | null;
  const kind = asked && REPORT_KINDS.includes(asked) ? asked : "month";
  return {
    kind,
    period: reportPeriodOf(month, kind),
    setKind: (next: PeriodType) =>
      setParams((current) => {
        const copy = new URLSearchParams(current);
        copy.set("kind", next);
        return copy;
      }),
    /** Opens a period (of this kind) by moving the header's month to its last month. */
    open: (period: string) => setPeriod(lastMonthOf(period)),
  };
}
