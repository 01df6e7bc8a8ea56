import type { FastifyInstance } from "fastify";
import { parseDisaggregationKey, type ValueInput } from "../../engine/index.ts";
import { entryFormOf, findingView } from "../../services/entry-form.ts";
import { authorize, can, requireUser, transitionActor } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/** The data-entry form, saving values with the version check, history and validation. */
export function valueRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.values.entry, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    return entryFormOf(ctx.engine, query.unit, query.period, {
      mayWrite: can(request, "value.write", query.unit),
      mayReview: can(request, "submission.approve", query.unit),
      actor: transitionActor(request),
    });
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
    // Only the rules a changed indicator can turn (the others' findings are as they were; the
    // whole list is GET /api/validate's and the entry form's).
    const changed = new Set(
      result.outcomes.filter((o) => o.action !== "unchanged").map((o) => o.key.indicatorCode),
    );
    const findings = first
      ? await ctx.engine.validateChanged(first.unit, first.period, changed)
      : [];
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
