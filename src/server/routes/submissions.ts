import type { FastifyInstance, FastifyRequest } from "fastify";
import { formatPeriodId, parsePeriod, shiftPeriod } from "../../core/periods/index.ts";
import { cycleSummary, type TransitionActor } from "../../core/submissions/index.ts";
import type { SubmissionView } from "../../engine/index.ts";
import { submissionItem } from "../../services/submission-item.ts";
import { subtreeOf } from "../../services/unit-scope.ts";
import { authorize, can, requireUser, transitionActor } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";
import { cycleEventView } from "./cycle-events.ts";

/**
 * The collection cycle over HTTP: the forms due for the user's units ("Việc cần làm"), one form
 * with its history, and its transitions. The rules (who may do what, validation on submit,
 * versions) live in the engine's SubmissionService, which the CLI calls too.
 */
export function submissionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.submissions.list, async ({ query, request }) => {
    requireUser(request);
    const actor = transitionActor(request);
    if (query.unit) authorize(request, "data.read", query.unit);
    const within = query.unit ? subtreeOf(ctx.engine, query.unit, query.period) : undefined;
    const views = await ctx.engine.submissions.list(
      query.period,
      (unit) => (!within || within.has(unit)) && can(request, "data.read", unit),
    );
    return { submissions: views.map((v) => item(v, actor, request)), summary: cycleSummary(views) };
  });

  addRoute(app, api.submissions.history, async ({ query, request }) => {
    requireUser(request);
    if (query.unit) authorize(request, "data.read", query.unit);
    const periods = monthsUpTo(query.to, query.months);
    const out = [];
    for (const period of periods) {
      const within = query.unit ? subtreeOf(ctx.engine, query.unit, period) : undefined;
      const views = await ctx.engine.submissions.list(
        period,
        (unit) => (!within || within.has(unit)) && can(request, "data.read", unit),
      );
      out.push({ period, ...cycleSummary(views) });
    }
    return { periods: out };
  });

  addRoute(app, api.submissions.get, async ({ params, request }) => {
    authorize(request, "data.read", params.unit);
    const { view, events } = await ctx.engine.submissions.get({
      unitCode: params.unit,
      regimeCode: params.regime,
      period: params.period,
    });
    return {
      submission: item(view, transitionActor(request), request),
      events: events.map(cycleEventView),
    };
  });

  addRoute(app, api.submissions.transition, async ({ params, body, request }) => {
    // Someone who may not even read the unit learns nothing about its form.
    authorize(request, "data.read", params.unit);
    const actor = transitionActor(request);
    const view = await ctx.engine.submissions.transition({
      unitCode: params.unit,
      regimeCode: params.regime,
      period: params.period,
      transition: params.transition,
      expectedVersion: body.expectedVersion,
      actor,
      ...(body.comment !== undefined ? { comment: body.comment } : {}),
      ...(body.explanations ? { explanations: body.explanations } : {}),
    });
    return { submission: item(view, actor, request) };
  });
}

/** The `count` months ending with `last`, oldest first: ("2023-08", 3) → 2023-06, 07, 08. */
function monthsUpTo(last: string, count: number): string[] {
  const end = parsePeriod(last);
  return Array.from({ length: count }, (_, i) => formatPeriodId(shiftPeriod(end, i - count + 1)));
}

/** The form for the person asking: their transitions, and whether they may remind the unit. */
function item(view: SubmissionView, actor: TransitionActor, request: FastifyRequest) {
  return submissionItem(view, actor, can(request, "submission.approve", view.unit));
}
