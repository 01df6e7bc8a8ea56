import { formatPeriodId, parsePeriod } from "../core/periods/index.ts";
import { isFiledIn, type ReportingRegime } from "../core/regimes/index.ts";
import { dueDate } from "../core/submissions/index.ts";
import type { Repositories } from "../store/index.ts";

/** Whether one unit has sent what a regime asks of it for a period. */
export interface UnitReporting {
  readonly regime: string;
  readonly unit: string;
  /** Indicators it reported (any value for the period). */
  readonly reported: readonly string[];
  /** Indicators still missing. */
  readonly missing: readonly string[];
  /** When the data is due, `YYYY-MM-DD`. */
  readonly deadline: string;
  /** `complete`; `pending` before the deadline; `late` after it. */
  readonly state: "complete" | "pending" | "late";
}

/**
 * Who has reported what for a monthly period, by reporting regime, and who is late on `today`.
 * A unit counts as reporting an indicator when it stored any value of it for the period.
 */
export async function reportingStatus(
  repos: Repositories,
  regimes: readonly ReportingRegime[],
  periodId: string,
  today: string,
): Promise<UnitReporting[]> {
  const period = parsePeriod(periodId);
  // Forms filed this month: monthly ones, and quarterly… ones in their period's last month.
  const monthly = regimes.filter(
    (r) => isFiledIn(r, period) && r.reportingUnits.length > 0 && r.indicators.length > 0,
  );
  const values = await repos.values.list({
    unitCodes: [...new Set(monthly.flatMap((r) => r.reportingUnits))],
    periods: [formatPeriodId(period)],
    indicatorCodes: [...new Set(monthly.flatMap((r) => r.indicators))],
  });
  const sent = new Set(values.map((v) => `${v.unitCode}|${v.indicatorCode}`));
  return monthly.flatMap((regime) => {
    const deadline = dueDate(regime, formatPeriodId(period));
    return regime.reportingUnits.map((unit) => {
      const reported = regime.indicators.filter((i) => sent.has(`${unit}|${i}`));
      const missing = regime.indicators.filter((i) => !sent.has(`${unit}|${i}`));
      const state = missing.length === 0 ? "complete" : today > deadline ? "late" : "pending";
      return { regime: regime.code, unit, reported, missing, deadline, state };
    });
  });
}
