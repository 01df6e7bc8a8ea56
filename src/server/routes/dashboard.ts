import type { FastifyInstance } from "fastify";
import { dashboardOf, seriesOf } from "../../services/dashboard.ts";
import { authorize } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { encodedAnswer } from "../encoded-answers.ts";
import { addRoute } from "../route-kit.ts";

/** The dashboard and the trend series. */
export function dashboardRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.dashboard.dashboard, async ({ query, request, reply }) => {
    authorize(request, "data.read", query.unit);
    const today = ctx.now().slice(0, 10);
    // Computed once per data change: the same bytes for every user allowed to read the unit.
    const json = await ctx.answers.json(
      `dashboard|${query.unit}|${query.period}|${today}`,
      request.dataEpoch,
      () => dashboardOf(ctx.engine, query.unit, query.period, today),
    );
    reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
    const encoded = encodedAnswer(json, request.headers["accept-encoding"]);
    if (!encoded) return reply.send(json);
    return reply.header("content-encoding", encoded.encoding).send(await encoded.bytes);
  });

  addRoute(app, api.dashboard.series, async ({ query, request }) => {
    authorize(request, "data.read", query.unit);
    return seriesOf(ctx.engine, query.indicator, query.unit, query.period);
  });
}
