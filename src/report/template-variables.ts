import {
  nextPeriod,
  parsePeriod,
  samePeriodLastYear,
  vietnameseName,
} from "../core/periods/index.ts";

/**
 * Words of a template that depend only on the period, written `{{ $month }}`: `$month`,
 * `$year`, `$next_month`, `$next_year`, `$last_year`, `$period_name` ("tháng 8 năm 2023"),
 * `$next_period_name`.
 */
export function templateVariables(periodId: string): Readonly<Record<string, string>> {
  const period = parsePeriod(periodId);
  const next = nextPeriod(period);
  return {
    month: String(period.index),
    year: String(period.year),
    next_month: String(next.index),
    next_year: String(next.year),
    last_year: String(samePeriodLastYear(period).year),
    period_name: vietnameseName(period),
    next_period_name: vietnameseName(next),
  };
}

/** Replaces `{{ $name }}` in a metadata string; unknown names are left as written. */
export function fillVariables(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(
    /\{\{\s*\$([a-z_]+)\s*\}\}/g,
    (whole, name: string) => variables[name] ?? whole,
  );
}
