import {
  monthsOf,
  nextPeriod,
  type Period,
  parsePeriod,
  restOfYearName,
  samePeriodLastYear,
  vietnameseName,
} from "../core/periods/index.ts";
import { daysInMonth } from "../core/time/index.ts";

const ROMAN = ["I", "II", "III", "IV"] as const;

/**
 * Words of a template that depend only on the period, written `{{ $month }}`. A report of a
 * quarter, half year, n months from January ("7 tháng đầu năm") or year speaks of its last
 * month ("đến ngày 30/9", "phương hướng tháng 10"), so the month words follow the period's last
 * month:
 * - `$month`, `$year`: the last month and its year; `$next_month`, `$next_year`: the month after
 *   it (December → 1 and the next year);
 * - `$last_day`: that month's last day (28, 29, 30 or 31); `$cutoff_day`: the front matter's
 *   `cutoffDay` (the day offices count figures to, "đến ngày 30/…"), never past the last day;
 * - `$quarter`: the last month's quarter in Roman numerals ("III");
 * - `$last_year`; `$period_name` ("quý III năm 2023", "7 tháng đầu năm 2023");
 * - `$next_period_name`: what the "phương hướng, nhiệm vụ" part is about — the next period of
 *   the kind ("quý IV năm 2023", "6 tháng cuối năm 2023", "năm 2024"), but for n months from
 *   January the rest of the year ("5 tháng cuối năm 2023"): the next 7-month period is a year on;
 * - `$rest_of_year_name`: the months left in the year ("3 tháng cuối năm 2023"; "năm 2024"
 *   after December).
 */
export function templateVariables(
  periodId: string,
  settings: { readonly cutoffDay?: number } = {},
): Readonly<Record<string, string>> {
  const period = parsePeriod(periodId);
  const months = monthsOf(period);
  const last = months[months.length - 1] ?? period;
  const after = nextPeriod(last);
  const lastDay = daysInMonth(last.year, last.index);
  return {
    month: String(last.index),
    year: String(last.year),
    next_month: String(after.index),
    next_year: String(after.year),
    last_day: String(lastDay),
    cutoff_day: String(Math.min(settings.cutoffDay ?? lastDay, lastDay)),
    quarter: ROMAN[Math.ceil(last.index / 3) - 1] as string,
    last_year: String(samePeriodLastYear(period).year),
    period_name: vietnameseName(period),
    next_period_name: nextPeriodName(period),
    rest_of_year_name: restOfYearName(period),
  };
}

function nextPeriodName(period: Period): string {
  return period.type === "year_to_date"
    ? restOfYearName(period)
    : vietnameseName(nextPeriod(period));
}

/**
 * How the report names each target kind after "so với", written `{{ $kind_<code> }}`:
 * `{{ $kind_du_toan_hdnd }}` → "dự toán HĐND xã giao". The words are the kind's own (an
 * administrator's edit of the kind changes every report that uses them).
 */
export function targetKindVariables(
  kinds: readonly { readonly code: string; readonly phraseVi: string }[],
): Readonly<Record<string, string>> {
  return Object.fromEntries(kinds.map((k) => [`kind_${k.code}`, k.phraseVi]));
}

/** Replaces `{{ $name }}` in a metadata string; unknown names are left as written. */
export function fillVariables(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(
    /\{\{\s*\$([a-z0-9_]+)\s*\}\}/g,
    (whole, name: string) => variables[name] ?? whole,
  );
}
