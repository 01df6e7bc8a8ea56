import { getSector, measureUnitName } from "../core/catalogue/index.ts";
import {
  formatPeriodId,
  monthsOf,
  parsePeriod,
  samePeriodLastYear,
} from "../core/periods/index.ts";
import { cycleSummary } from "../core/submissions/index.ts";
import { proRataPct, targetKindInfo, targetStatus } from "../core/targets/index.ts";
import type { Engine, Figure, QueryRow, SubmissionView } from "../engine/index.ts";
import { subtreeOf, unitAsOf } from "./unit-scope.ts";

/**
 * The dashboard of a unit and month: every indicator with a value or a year to date, by sector,
 * against last year and the year's targets (judged pro rata for flows), and who reported. An
 * application rule, not HTTP: the route only checks the grant and caches the answer.
 */
/** The value and its estimate flag; provenance stays out of the dashboard to keep it small. */
function figureOf(figure: Figure | undefined) {
  return { value: figure?.value ?? null, status: figure?.status ?? null };
}

export async function dashboardOf(engine: Engine, unitCode: string, period: string, today: string) {
  const unit = unitAsOf(engine, unitCode, period);
  const rows = await engine.query({
    units: [unitCode],
    periods: [period],
    measures: [
      "value",
      "ytd",
      "same_period_last_year",
      "same_period_last_year_ytd",
      "change_pct",
      "change_ytd_pct",
      "targets",
    ],
  });
  const month = parsePeriod(period);
  const lines = rows
    .filter((r) => r.value?.value != null || r.ytd?.value != null)
    .map((r) => lineOf(engine, r, month.type === "month" ? month.index : 12));
  const sectors = [...new Set(lines.map((l) => l.sector))].map((code) => {
    const sector = getSector(code);
    return {
      code,
      nameVi: sector.nameVi,
      nameEn: sector.nameEn,
      lines: lines.filter((l) => l.sector === code).map(({ sector: _, ...line }) => line),
    };
  });
  const scope = subtreeOf(engine, unitCode, period);
  // The collection cycle's forms of the unit and those below (months only: forms are monthly).
  const forms = /^\d{4}-\d{2}$/.test(period)
    ? await engine.submissions.list(period, (code) => scope.has(code))
    : [];
  return {
    unit,
    period,
    sectors,
    reporting: await reportingOf(engine, unitCode, period, today, forms),
    cycle: cycleSummary(forms),
  };
}

function lineOf(engine: Engine, row: QueryRow, month: number) {
  const catalogue = engine.catalogue;
  const indicator = catalogue.byCode.get(row.indicator);
  if (!indicator) throw new Error(`indicator ${row.indicator} vanished from the catalogue`);
  // An annual target is judged against the share of the year elapsed, for flows summed over months.
  const expectedPct = indicator.aggregation.overTime === "sum" ? proRataPct(month) : 100;
  return {
    sector: indicator.sector,
    indicator: indicator.code,
    nameVi: indicator.nameVi,
    nameEn: indicator.nameEn,
    unitNameVi: measureUnitName(catalogue, indicator.unit),
    decimals: indicator.decimals,
    value: figureOf(row.value),
    ytd: figureOf(row.ytd),
    samePeriodLastYear: figureOf(row.samePeriodLastYear),
    samePeriodLastYearYtd: figureOf(row.samePeriodLastYearYtd),
    changePct: row.changePct ?? null,
    changeYtdPct: row.changeYtdPct ?? null,
    targets: (row.targets ?? []).map((t) => ({
      kind: t.kind,
      nameVi: targetKindInfo(t.kind, engine.targetKinds).nameVi,
      value: t.value,
      pct: t.pct,
      status: targetStatus(t.pct, indicator.direction, { expectedPct }),
    })),
  };
}

/** Who reported for the month, among the unit itself and the units below it. */
async function reportingOf(
  engine: Engine,
  unit: string,
  period: string,
  today: string,
  forms: readonly SubmissionView[],
) {
  const formState = new Map(forms.map((f) => [`${f.unit}|${f.regime}`, f.state]));
  const scope = subtreeOf(engine, unit, period);
  const regimes = await engine.regimes();
  const status = await engine.reportingStatus(period, today);
  return status
    .filter((s) => scope.has(s.unit))
    .map((s) => ({
      regime: s.regime,
      regimeNameVi: regimes.find((r) => r.code === s.regime)?.nameVi ?? s.regime,
      unit: s.unit,
      unitNameVi: unitAsOf(engine, s.unit, period).nameVi,
      reported: s.reported.length,
      expected: s.reported.length + s.missing.length,
      missing: [...s.missing],
      deadline: s.deadline,
      state: s.state,
      submission: formState.get(`${s.unit}|${s.regime}`) ?? ("not_started" as const),
    }));
}

/** One indicator of a unit month by month through the year of `period`, beside last year's. */
export async function seriesOf(engine: Engine, indicator: string, unit: string, period: string) {
  const year = parsePeriod(period).year;
  const months = monthsOf(parsePeriod(String(year))).map(formatPeriodId);
  const lastYear = months.map((m) => formatPeriodId(samePeriodLastYear(parsePeriod(m))));
  const rows = await engine.query({
    indicators: [indicator],
    units: [unit],
    periods: [...months, ...lastYear],
    measures: ["value"],
  });
  const monthValue = (p: string) => rows.find((r) => r.period === p)?.value?.value ?? null;
  return {
    indicator,
    unit,
    points: months.map((month, i) => ({
      period: month,
      value: month <= period ? monthValue(month) : null,
      lastYear: monthValue(lastYear[i] as string),
    })),
  };
}
