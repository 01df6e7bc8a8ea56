import type { FastifyInstance } from "fastify";
import {
  type CommitmentFields,
  type CommitmentScope,
  removeCommitment,
  saveCommitment,
} from "../../services/commitment-edits.ts";
import type { AuthUser } from "../auth/index.ts";
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
  const by = (user: AuthUser) => ({ by: user.username, via: "form" as const, at: ctx.now() });
  const save = async (
    user: AuthUser,
    scope: CommitmentScope,
    { expectedVersion, ...fields }: CommitmentFields & { expectedVersion: number },
  ) => ({ version: await saveCommitment(ctx.engine, scope, fields, expectedVersion, by(user)) });
  const remove = async (
    user: AuthUser,
    scope: CommitmentScope,
    { dueDate, expectedVersion }: { dueDate: string; expectedVersion: number },
  ) => {
    await removeCommitment(ctx.engine, scope, dueDate, expectedVersion, by(user));
    return { ok: true as const };
  };

  addRoute(app, api.registers.saveCommitment, async ({ params, body, request }) =>
    save(await authorizeProject(ctx, request, params.code), ofProject(params.code), body),
  );
  addRoute(app, api.registers.removeCommitment, async ({ params, body, request }) =>
    remove(await authorizeProject(ctx, request, params.code), ofProject(params.code), body),
  );
  addRoute(app, api.registers.saveLevelCommitment, async ({ params, body, request }) =>
    save(await authorizeLevel(ctx, request, params.level), ofLevel(params.level), body),
  );
  addRoute(app, api.registers.removeLevelCommitment, async ({ params, body, request }) =>
    remove(await authorizeLevel(ctx, request, params.level), ofLevel(params.level), body),
  );
}

function ofProject(code: string): CommitmentScope {
  return { projectCode: code, managingLevel: null };
}

function ofLevel(level: CommitmentScope["managingLevel"] & string): CommitmentScope {
  return { projectCode: "", managingLevel: level };
}
