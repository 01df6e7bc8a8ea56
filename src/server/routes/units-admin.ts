import type { FastifyInstance } from "fastify";
import { changeUnits, unitAudit } from "../../services/units-admin/index.ts";
import { requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/** `/api/admin/units…`: the administrative acts on units and their audit (services/units-admin). */
export function unitsAdminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.unitsAdmin.change, async ({ body, request }) => {
    const result = await changeUnits(ctx.engine, requireUser(request), body.change, {
      dryRun: body.dryRun,
      at: ctx.now(),
    });
    return {
      saved: result.saved,
      events: result.events,
      ...(result.preview ? { preview: result.preview } : {}),
    };
  });

  addRoute(app, api.unitsAdmin.audit, async ({ params, request }) => ({
    entries: (await unitAudit(ctx.engine, requireUser(request), params.code)).map((e) => ({
      action: e.action,
      before: e.before,
      after: e.after,
      comment: e.comment ?? null,
      at: e.at,
      by: e.by,
    })),
  }));
}
