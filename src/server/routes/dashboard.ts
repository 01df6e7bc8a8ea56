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

const EMPTY: Figure = {
  value: null,
  status: null,
  provenance: { source: "stored", months: [], values: 0 },
};

/** The dashboard and the trend series. */
export function dashboardRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.dashboard.dashboard, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    const unit = unitAsOf(ctx.engine, query.unit, query.period);
    const rows = await ctx.engine.query({
      units: [query.unit],
      periods: [query.period],
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
    const month = parsePeriod(query.period);
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
    return {
      unit,
      period: query.period,
      sectors,
      reporting: await reportingOf(ctx, query.unit, query.period),
    };
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
    value: row.value ?? EMPTY,
    ytd: row.ytd ?? EMPTY,
    samePeriodLastYear: row.samePeriodLastYear ?? EMPTY,
    samePeriodLastYearYtd: row.samePeriodLastYearYtd ?? EMPTY,
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
): Promise<ReportingLine[]> {
  const scope = subtreeOf(ctx.engine, unit, period);
  const regimes = await ctx.engine.regimes();
  const status = await ctx.engine.reportingStatus(period, ctx.now().slice(0, 10));
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
