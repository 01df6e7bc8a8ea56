import type { FastifyInstance } from "fastify";
import { removeRow } from "../../services/register-removals.ts";
import { authorize, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";
import { authorizeProject, findProject, findTask } from "./register-access.ts";

/**
 * Deleting a register row from the web: each needs the permission that writes it (the money of a
 * project `value.write` on its reporting unit; a project or a task `report.edit`), names the
 * version last read, and goes through the register write path (audit, figures recomputed).
 */
export function registerRemovalRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const by = (username: string) => ({ by: username, via: "form" as const, at: ctx.now() });

  addRoute(app, api.registers.removeProject, async ({ params, body, request }) => {
    requireUser(request);
    const project = await findProject(ctx, params.code);
    const user = authorize(request, "report.edit", project.reportingUnit);
    await removeRow(
      ctx.engine,
      "projects",
      { code: params.code },
      body.expectedVersion,
      by(user.username),
    );
    return { ok: true as const };
  });

  addRoute(app, api.registers.removeCapitalPlan, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...key } = body;
    await removeRow(
      ctx.engine,
      "capitalPlans",
      { ...key, projectCode: params.code },
      expectedVersion,
      by(user.username),
    );
    return { ok: true as const };
  });

  addRoute(app, api.registers.removeDisbursement, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...key } = body;
    await removeRow(
      ctx.engine,
      "disbursements",
      { ...key, projectCode: params.code },
      expectedVersion,
      by(user.username),
    );
    return { ok: true as const };
  });

  addRoute(app, api.registers.removeClearance, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...key } = body;
    await removeRow(
      ctx.engine,
      "siteClearance",
      { ...key, projectCode: params.code },
      expectedVersion,
      by(user.username),
    );
    return { ok: true as const };
  });

  // As giving and editing a task: `report.edit` on its lead unit. Its progress notes go with it.
  addRoute(app, api.registers.removeTask, async ({ params, body, request }) => {
    requireUser(request);
    const view = await findTask(ctx, params.id);
    const user = authorize(request, "report.edit", view.task.leadUnit);
    await removeRow(
      ctx.engine,
      "tasks",
      { id: params.id },
      body.expectedVersion,
      by(user.username),
    );
    return { ok: true as const };
  });
}
