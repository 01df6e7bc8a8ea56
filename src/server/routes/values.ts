import type { FastifyInstance } from "fastify";
import { getSector, type Indicator, measureUnitName } from "../../core/catalogue/index.ts";
import { availableTransitions } from "../../core/submissions/index.ts";
import type { Finding } from "../../core/validation/index.ts";
import { type DataValueRecord, keyString } from "../../core/values/index.ts";
import { parseDisaggregationKey, type ValueInput } from "../../engine/index.ts";
import { unitAsOf } from "../../services/unit-scope.ts";
import { authorize, can, requireUser, transitionActor } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api, type EntryIndicator, type FindingView } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";
import { entryCells } from "./entry-cells.ts";

/** The data-entry form, saving values with the version check, history and validation. */
export function valueRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.values.entry, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    const unit = unitAsOf(ctx.engine, query.unit, query.period);
    const stored = await ctx.engine.storedValues({
      unitCodes: [query.unit],
      periods: [query.period],
    });
    const indicators = await indicatorsReportedBy(ctx, query.unit, stored);
    const catalogue = ctx.engine.catalogue;
    const audited = await ctx.engine.auditedVersions({
      unitCodes: [query.unit],
      periods: [query.period],
      indicatorCodes: indicators.map((i) => i.code),
    });
    const bySector = new Map<string, EntryIndicator[]>();
    for (const indicator of indicators) {
      const line: EntryIndicator = {
        code: indicator.code,
        nameVi: indicator.nameVi,
        nameEn: indicator.nameEn,
        unitNameVi: measureUnitName(catalogue, indicator.unit),
        valueType: indicator.valueType,
        decimals: indicator.decimals,
        cells: entryCells(catalogue, indicator, stored, (disaggregation) =>
          audited.get(
            keyString({
              indicatorCode: indicator.code,
              unitCode: query.unit,
              period: query.period,
              disaggregation,
            }),
          ),
        ),
      };
      bySector.set(indicator.sector, [...(bySector.get(indicator.sector) ?? []), line]);
    }
    const forms = await ctx.engine.submissions.list(query.period, (u) => u === query.unit);
    const lockedForms = new Set(forms.filter((f) => f.locked).map((f) => f.regime));
    const locked = new Set(
      (await ctx.engine.regimes())
        .filter((r) => lockedForms.has(r.code))
        .flatMap((r) => r.indicators),
    );
    const actor = transitionActor(request);
    return {
      unit,
      period: query.period,
      editable:
        can(request, "value.write", query.unit) && indicators.some((i) => !locked.has(i.code)),
      submissions: forms.map((f) => ({
        ...f,
        missing: [...f.missing],
        allowed: availableTransitions(actor, f),
      })),
      lockedIndicators: indicators.filter((i) => locked.has(i.code)).map((i) => i.code),
      sectors: [...bySector].map(([code, list]) => ({
        code,
        nameVi: getSector(code).nameVi,
        indicators: list,
      })),
      findings: (await ctx.engine.validate(query.unit, query.period)).map(findingView),
    };
  });

  addRoute(app, api.values.save, async ({ body, request }) => {
    const user = requireUser(request);
    for (const unit of new Set(body.values.map((v) => v.unit)))
      authorize(request, "value.write", unit);
    const inputs: ValueInput[] = body.values.map((v) => ({
      indicator: v.indicator,
      unit: v.unit,
      period: v.period,
      disaggregation: parseDisaggregationKey(v.disaggregation),
      value: v.value,
      ...(v.textValue !== undefined ? { textValue: v.textValue } : {}),
      ...(v.status ? { status: v.status } : {}),
      ...(v.note !== undefined ? { note: v.note } : {}),
      expectedVersion: v.expectedVersion,
      ...(v.delete ? { delete: true } : {}),
    }));
    const result = await ctx.engine.write(inputs, { by: user.username, via: "form" });
    const first = body.values[0];
    const findings = first ? await ctx.engine.validate(first.unit, first.period) : [];
    return {
      outcomes: result.outcomes.map((o) => ({
        indicator: o.key.indicatorCode,
        unit: o.key.unitCode,
        period: o.key.period,
        disaggregation: o.key.disaggregation,
        action: o.action,
        version: o.version,
      })),
      findings: findings.map(findingView),
    };
  });

  addRoute(app, api.values.history, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    const entries = await ctx.engine.valueHistory({
      indicatorCode: query.indicator,
      unitCode: query.unit,
      period: query.period,
      disaggregation: query.disaggregation,
    });
    return {
      entries: entries.map((e) => ({
        version: e.version,
        at: e.at,
        by: e.by,
        via: e.via,
        oldValue: e.oldValue,
        newValue: e.newValue,
        oldStatus: e.oldStatus,
        newStatus: e.newStatus,
        note: e.note || null,
      })),
    };
  });

  addRoute(app, api.values.validate, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    return { findings: (await ctx.engine.validate(query.unit, query.period)).map(findingView) };
  });
}

/**
 * What a unit enters: the indicators of the reporting regimes it belongs to, plus any it has
 * stored this month; a unit outside every regime gets every stored (non-derived) indicator.
 */
export async function indicatorsReportedBy(
  ctx: ServerContext,
  unit: string,
  stored: readonly DataValueRecord[],
): Promise<Indicator[]> {
  const codes = new Set<string>();
  for (const regime of await ctx.engine.regimes())
    if (regime.reportingUnits.includes(unit)) for (const code of regime.indicators) codes.add(code);
  for (const value of stored) codes.add(value.indicatorCode);
  const all = ctx.engine.catalogue.indicators.filter((i) => !i.formula);
  return codes.size === 0 ? all : all.filter((i) => codes.has(i.code));
}

function findingView(f: Finding): FindingView {
  return {
    rule: f.ruleCode,
    severity: f.severity,
    message: f.message,
    values: f.values.map((v) => ({ ...v })),
  };
}
