import type { FastifyRequest } from "fastify";
import { BaocaoError } from "../../core/errors.ts";
import type { Commitment, Project, TaskView } from "../../core/registers/index.ts";
import { type AuthUser, authorize, can, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";

/** The project of `code`; `register.unknown_project` (404) when there is none. */
export async function findProject(ctx: ServerContext, code: string): Promise<Project> {
  const project = (await ctx.engine.registers.stored()).projects.find((p) => p.code === code);
  if (!project)
    throw new BaocaoError("register.unknown_project", `Không có dự án mã "${code}".`, { code });
  return project;
}

/** The user who may enter the money of project `code` (`value.write` on its reporting unit). */
export async function authorizeProject(
  ctx: ServerContext,
  request: FastifyRequest,
  code: string,
): Promise<AuthUser> {
  requireUser(request);
  const project = await findProject(ctx, code);
  return authorize(request, "value.write", project.reportingUnit);
}

/** The task of `id` with its status today; `register.unknown_task` (404) when there is none. */
export async function findTask(ctx: ServerContext, id: string): Promise<TaskView> {
  const view = (await ctx.engine.registers.tasks()).find((v) => v.task.id === id);
  if (!view)
    throw new BaocaoError("register.unknown_task", `Không có nhiệm vụ mã "${id}".`, { id });
  return view;
}

/**
 * The units whose figures a managing level's commitment (project "") moves: the reporting units
 * of every project of that level, for the commitment sets the due share of each of them. Who
 * enters figures on all of them (`value.write`) may change it — the town's office when every
 * such project reports to the town or below, as in a town's own register — and no one less,
 * since a ward's reporter would otherwise move the town's other projects. With no project of
 * the level it moves nothing yet, and is left to those over the whole tree (every root unit).
 */
function levelUnits(ctx: ServerContext, projects: readonly Project[], level: string): string[] {
  const units = projects.filter((p) => p.managingLevel === level).map((p) => p.reportingUnit);
  if (units.length > 0) return [...new Set(units)];
  return ctx.engine.units
    .treeAsOf(ctx.now().slice(0, 10))
    .roots()
    .map((u) => u.code);
}

/** The user who may change the commitments of managing level `level` (see `levelUnits`). */
export async function authorizeLevel(
  ctx: ServerContext,
  request: FastifyRequest,
  level: string,
): Promise<AuthUser> {
  const user = requireUser(request);
  const { projects } = await ctx.engine.registers.stored();
  for (const unit of levelUnits(ctx, projects, level)) authorize(request, "value.write", unit);
  return user;
}

/** Whether the signed-in user may change `commitment` (the project page hides what is refused). */
export function commitmentEditable(
  ctx: ServerContext,
  request: FastifyRequest,
  projects: readonly Project[],
  commitment: Commitment,
): boolean {
  const project = projects.find((p) => p.code === commitment.projectCode);
  const units = project
    ? [project.reportingUnit]
    : levelUnits(ctx, projects, commitment.managingLevel ?? "");
  return units.every((unit) => can(request, "value.write", unit));
}
