import type { FastifyInstance } from "fastify";
import type { RecordOf } from "../../core/registers/index.ts";
import { removeRow } from "../../services/register-removals.ts";
import { type AuthUser, authorize, requireUser } from "../auth/index.ts";
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
  const by = (user: AuthUser) => ({ by: user.username, via: "form" as const, at: ctx.now() });
  const ok = { ok: true as const };
  /** A project's row: its key fields are the body's (and the project's code). */
  const ofProject =
    <N extends "capitalPlans" | "disbursements" | "siteClearance">(register: N) =>
    async ({
      params,
      body,
      request,
    }: {
      params: { code: string };
      body: Partial<RecordOf<N>> & { expectedVersion: number };
      request: Parameters<typeof requireUser>[0];
    }) => {
      const user = await authorizeProject(ctx, request, params.code);
      // The body's expectedVersion rides along: `removeRow` sets it on the delete row anyway.
      const fields: Partial<RecordOf<N>> = { ...body, projectCode: params.code };
      await removeRow(ctx.engine, register, fields, body.expectedVersion, by(user));
      return ok;
    };

  addRoute(app, api.registers.removeCapitalPlan, ofProject("capitalPlans"));
  addRoute(app, api.registers.removeDisbursement, ofProject("disbursements"));
  addRoute(app, api.registers.removeClearance, ofProject("siteClearance"));

  addRoute(app, api.registers.removeProject, async ({ params, body, request }) => {
    requireUser(request);
    const project = await findProject(ctx, params.code);
    const user = authorize(request, "report.edit", project.reportingUnit);
    await removeRow(ctx.engine, "projects", { code: params.code }, body.expectedVersion, by(user));
    return ok;
  });

  // As giving and editing a task: `report.edit` on its lead unit. Its progress notes go with it.
  addRoute(app, api.registers.removeTask, async ({ params, body, request }) => {
    requireUser(request);
    const view = await findTask(ctx, params.id);
    const user = authorize(request, "report.edit", view.task.leadUnit);
    await removeRow(ctx.engine, "tasks", { id: params.id }, body.expectedVersion, by(user));
    return ok;
  });
}
