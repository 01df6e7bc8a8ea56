import type { FastifyInstance } from "fastify";
import type { ManagingLevel } from "../../core/registers/index.ts";
import {
  type CommitmentScope,
  removeCommitment,
  saveCommitment,
} from "../../services/commitment-edits.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";
import { authorizeLevel, authorizeProject } from "./register-access.ts";

/**
 * Disbursement commitments from the web: a project's own, entered like its money (`value.write`
 * on its reporting unit), and a managing level's, for every project of the level (see
 * `authorizeLevel` for who may). Version-checked; the commitment figures follow in the write.
 */
export function commitmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const by = (username: string) => ({ by: username, via: "form" as const, at: ctx.now() });
  const ofProject = (code: string): CommitmentScope => ({ projectCode: code, managingLevel: null });
  const ofLevel = (level: ManagingLevel): CommitmentScope => ({
    projectCode: "",
    managingLevel: level,
  });

  addRoute(app, api.registers.saveCommitment, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...fields } = body;
    const scope = ofProject(params.code);
    const version = await saveCommitment(
      ctx.engine,
      scope,
      fields,
      expectedVersion,
      by(user.username),
    );
    return { version };
  });

  addRoute(app, api.registers.removeCommitment, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, dueDate } = body;
    const scope = ofProject(params.code);
    await removeCommitment(ctx.engine, scope, dueDate, expectedVersion, by(user.username));
    return { ok: true as const };
  });

  addRoute(app, api.registers.saveLevelCommitment, async ({ params, body, request }) => {
    const user = await authorizeLevel(ctx, request, params.level);
    const { expectedVersion, ...fields } = body;
    const scope = ofLevel(params.level);
    const version = await saveCommitment(
      ctx.engine,
      scope,
      fields,
      expectedVersion,
      by(user.username),
    );
    return { version };
  });

  addRoute(app, api.registers.removeLevelCommitment, async ({ params, body, request }) => {
    const user = await authorizeLevel(ctx, request, params.level);
    const { expectedVersion, dueDate } = body;
    const scope = ofLevel(params.level);
    await removeCommitment(ctx.engine, scope, dueDate, expectedVersion, by(user.username));
    return { ok: true as const };
  });
}
