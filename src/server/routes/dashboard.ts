import type { FastifyInstance } from "fastify";
import { getSector } from "../../core/catalogue/index.ts";
import {
  formatPeriodId,
  monthsOf,
  parsePeriod,
  samePeriodLastYear,
} from "../../core/periods/index.ts";
import { proRataPct, TARGET_KINDS, targetStatus } from "../../core/targets/index.ts";
import type { Figure, QueryRow } from "../../engine/index.ts";
import { authorize } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api, type DashboardLine, type ReportingLine } from "../contract/index.ts";
import { addRoute, type ReadonlyDeep } from "../route-kit.ts";
import { subtreeOf, unitAsOf } from "../unit-scope.ts";
import { measureUnitName } from "./catalogue.ts";

/** The value and its estimate flag; provenance stays out of the dashboard to keep it small. */
function figureOf(figure: Figure | undefined) {
  return { value: figure?.value ?? null, status: figure?.status ?? null };
}

/** The dashboard and the trend series. */
export function dashboardRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.dashboard.dashboard, async ({ query, request, reply }) => {
    authorize(request, "data.read", query.unit);
    const today = ctx.now().slice(0, 10);
    // Computed once per data change: the same for every user allowed to read the unit.
    const json = await ctx.answers.json(
      `dashboard|${query.unit}|${query.period}|${today}`,
      request.dataEpoch,
      () => dashboardOf(ctx, query.unit, query.period, today),
    );
    return reply.type("application/json; charset=utf-8").send(json);
  });

  addRoute(app, api.dashboard.series, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    const year = parsePeriod(query.period).year;
    const months = monthsOf(parsePeriod(String(year))).map(formatPeriodId);
    const lastYear = months.map((m) => formatPeriodId(samePeriodLastYear(parsePeriod(m))));
    const rows = await ctx.engine.query({
      indicators: [query.indicator],
      units: [query.unit],
      periods: [...months, ...lastYear],
      measures: ["value"],
    });
    const monthValue = (period: string) =>
      rows.find((r) => r.period === period)?.value?.value ?? null;
    return {
      indicator: query.indicator,
      unit: query.unit,
      points: months.map((period, i) => ({
        period,
        value: period <= query.period ? monthValue(period) : null,
        lastYear: monthValue(lastYear[i] as string),
      })),
    };
  });
}

async function dashboardOf(ctx: ServerContext, unitCode: string, period: string, today: string) {
  const unit = unitAsOf(ctx.engine, unitCode, period);
  const rows = await ctx.engine.query({
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
    .map((r) => lineOf(ctx, r, month.type === "month" ? month.index : 12));
  const sectors = [...new Set(lines.map((l) => l.sector))].map((code) => {
    const sector = getSector(code);
    return {
      code,
      nameVi: sector.nameVi,
      nameEn: sector.nameEn,
      lines: lines.filter((l) => l.sector === code).map(({ sector: _, ...line }) => line),
    };
  });
  return { unit, period, sectors, reporting: await reportingOf(ctx, unitCode, period, today) };
}

function lineOf(
  ctx: ServerContext,
  row: QueryRow,
  month: number,
): ReadonlyDeep<DashboardLine> & { sector: string } {
  const catalogue = ctx.engine.catalogue;
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
      nameVi: TARGET_KINDS.find((k) => k.kind === t.kind)?.nameVi ?? t.kind,
      value: t.value,
      pct: t.pct,
      status: targetStatus(t.pct, indicator.direction, { expectedPct }),
    })),
  };
}

/** Who reported for the month, among the unit itself and the units below it. */
async function reportingOf(
  ctx: ServerContext,
  unit: string,
  period: string,
  today: string,
): Promise<ReportingLine[]> {
  const scope = subtreeOf(ctx.engine, unit, period);
  const regimes = await ctx.engine.regimes();
  const status = await ctx.engine.reportingStatus(period, today);
  return status
    .filter((s) => scope.has(s.unit))
    .map((s) => ({
      regime: s.regime,
      regimeNameVi: regimes.find((r) => r.code === s.regime)?.nameVi ?? s.regime,
      unit: s.unit,
      unitNameVi: unitAsOf(ctx.engine, s.unit, period).nameVi,
      reported: s.reported.length,
      expected: s.reported.length + s.missing.length,
      missing: [...s.missing],
      deadline: s.deadline,
      state: s.state,
    }));
}
