import type { FastifyInstance } from "fastify";
import { type CatalogueAdmin, catalogueDefinitions } from "../../services/catalogue-admin/index.ts";
import { requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/**
 * The catalogue editor's API over the CatalogueAdmin service (which checks definition.manage):
 * edits with a dry run, the live formula check and the audit; the definitions with their
 * versions are read by every signed-in user (the screens are read-only for them).
 */
export function catalogueAdminRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  admin: CatalogueAdmin,
): void {
  const r = api.catalogueAdmin;

  addRoute(app, r.definitions, async ({ request }) => {
    const user = requireUser(request);
    return { mayManage: admin.mayManage(user), ...(await catalogueDefinitions(ctx.engine)) };
  });

  addRoute(app, r.change, async ({ body, request }) => {
    const result = await admin.change(requireUser(request), body.change, {
      dryRun: body.dryRun,
      ...(body.previewAt ? { previewAt: body.previewAt } : {}),
    });
    const { indicators, rules, regimes } = result.summary;
    return {
      dryRun: body.dryRun,
      ...(result.preview ? { preview: result.preview } : {}),
      summary: { indicators, rules, regimes },
      audit: result.audit.map(({ kind, code, action }) => ({ kind, code, action })),
    };
  });

  addRoute(app, r.checkFormula, async ({ body, request }) =>
    admin.checkFormula(requireUser(request), body.formula, body.indicator),
  );

  addRoute(app, r.audit, async ({ query, request }) => ({
    entries: (await admin.audit(requireUser(request), query)).map((e) => ({
      ...e,
      comment: e.comment ?? null,
    })),
  }));
}
