import type { FastifyInstance, FastifyRequest } from "fastify";
import { BaocaoError } from "../../core/errors.ts";
import type { TaskView as CoreTaskView } from "../../core/registers/index.ts";
import {
  saveCapitalPlan,
  saveClearance,
  saveDisbursement,
  saveProject,
} from "../../services/project-edits.ts";
import { clearanceView, latestClearance, projectView } from "../../services/registers.ts";
import { createTask, editTask, taskVisible } from "../../services/task-edits.ts";
import { authorize, can, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api, type TaskView } from "../contract/index.ts";

import { addRoute } from "../route-kit.ts";
import { authorizeProject, commitmentEditable, findTask } from "./register-access.ts";

/** Projects, site clearance and tasks: lists and details; tasks take status changes and notes. */
export function registerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.registers.projects, async ({ query, request }) => {
    requireUser(request);
    const stored = await ctx.engine.registers.stored();
    return {
      projects: stored.projects
        .filter((p) => can(request, "data.read", p.reportingUnit))
        .map((p) => projectView(stored, p.code, query.period)),
    };
  });

  addRoute(app, api.registers.project, async ({ params, query, request }) => {
    requireUser(request);
    const stored = await ctx.engine.registers.stored();
    const project = stored.projects.find((p) => p.code === params.code);
    if (!project)
      throw new BaocaoError("register.unknown_project", `Không có dự án mã "${params.code}".`, {
        code: params.code,
      });
    authorize(request, "data.read", project.reportingUnit);
    const own = <T extends { projectCode: string }>(rows: readonly T[]) =>
      rows.filter((r) => r.projectCode === params.code);
    return {
      project: projectView(stored, params.code, query.period),
      capitalPlans: own(stored.capitalPlans).map((c) => ({
        year: c.year,
        fundSource: c.fundSource,
        programme: c.programme,
        amount: c.amount,
        note: c.note,
        version: c.version,
      })),
      disbursements: own(stored.disbursements).map((d) => ({
        period: d.period,
        fundSource: d.fundSource,
        date: d.date,
        status: d.status,
        amount: d.amount,
        note: d.note,
        version: d.version,
      })),
      commitments: stored.commitments
        .filter(
          (c) =>
            c.projectCode === params.code ||
            (c.projectCode === "" && c.managingLevel === project.managingLevel),
        )
        .map((c) => ({
          projectCode: c.projectCode,
          managingLevel: c.managingLevel,
          dueDate: c.dueDate,
          sharePct: c.sharePct,
          note: c.note,
          version: c.version,
          editable: commitmentEditable(ctx, request, stored.projects, c),
        })),
      siteClearance: own(stored.siteClearance).map((s) => clearanceView(stored, s)),
    };
  });

  addRoute(app, api.registers.siteClearance, async ({ query, request }) => {
    requireUser(request);
    const stored = await ctx.engine.registers.stored();
    return {
      items: latestClearance(stored, query.period)
        .filter((s) => {
          const project = stored.projects.find((p) => p.code === s.projectCode);
          return !project || can(request, "data.read", project.reportingUnit);
        })
        .map((s) => clearanceView(stored, s)),
    };
  });

  addRoute(app, api.registers.tasks, async ({ query, request }) => {
    requireUser(request);
    const filter = {
      ...(query.unit ? { unit: query.unit } : {}),
      ...(query.sector ? { sector: query.sector } : {}),
      ...(query.asOf ? { asOf: query.asOf } : {}),
    };
    const stored = await ctx.engine.registers.stored();
    const version = (id: string) => stored.tasks.find((t) => t.id === id)?.version ?? 0;
    if (query.period) {
      const list = await ctx.engine.registers.checklist(query.period, filter);
      return {
        asOf: list.asOf,
        tasks: readable(request, list.items).map((v) => ({
          ...taskView(v, version(v.task.id)),
          carriedOver: v.carriedOver,
        })),
        counts: { ...list.counts },
      };
    }
    const views = readable(request, await ctx.engine.registers.tasks(filter));
    const counts: Record<string, number> = {};
    for (const v of views) counts[v.status] = (counts[v.status] ?? 0) + 1;
    return {
      asOf: query.asOf ?? ctx.now().slice(0, 10),
      tasks: views.map((v) => taskView(v, version(v.task.id))),
      counts,
    };
  });

  addRoute(app, api.registers.task, async ({ params, request }) => {
    requireUser(request);
    const view = await findTask(ctx, params.id);
    if (!taskVisible(view.task, (unit) => can(request, "data.read", unit)))
      authorize(request, "data.read", view.task.leadUnit);
    const stored = await ctx.engine.registers.stored();
    return taskView(view, stored.tasks.find((t) => t.id === params.id)?.version ?? 0);
  });

  addRoute(app, api.registers.changeTask, async ({ params, body, request }) => {
    const user = requireUser(request);
    const before = await findTask(ctx, params.id);
    authorize(request, "task.update", before.task.leadUnit);
    const { task } = await ctx.engine.registers.changeTask(
      params.id,
      {
        ...(body.status ? { status: body.status } : {}),
        ...(body.note ? { note: body.note } : {}),
        ...(body.date ? { date: body.date } : {}),
        expectedVersion: body.expectedVersion,
      },
      { by: user.username, via: "form", at: ctx.now() },
    );
    return taskView(await findTask(ctx, params.id), task.version);
  });

  // Giving and editing tasks is part of compiling the report: `report.edit` on the lead unit
  // (the office and the leaders of the unit or of a unit above it), and on the old lead unit too.
  addRoute(app, api.registers.createTask, async ({ body, request }) => {
    const user = authorize(request, "report.edit", body.leadUnit);
    const id = await createTask(ctx.engine, body, {
      by: user.username,
      via: "form",
      at: ctx.now(),
    });
    return currentTask(ctx, id);
  });

  addRoute(app, api.registers.editTask, async ({ params, body, request }) => {
    requireUser(request);
    const before = await findTask(ctx, params.id);
    authorize(request, "report.edit", before.task.leadUnit);
    const user = authorize(request, "report.edit", body.leadUnit);
    const { expectedVersion, ...fields } = body;
    await editTask(ctx.engine, params.id, fields, expectedVersion, {
      by: user.username,
      via: "form",
      at: ctx.now(),
    });
    return currentTask(ctx, params.id);
  });

  // A project is set up by those who compile the report for its reporting unit (and, when it
  // moves, for the old one); its money is figures, entered with `value.write` on that unit.
  addRoute(app, api.registers.saveProject, async ({ params, body, request }) => {
    requireUser(request);
    const before = (await ctx.engine.registers.stored()).projects.find(
      (p) => p.code === params.code,
    );
    if (before) authorize(request, "report.edit", before.reportingUnit);
    const user = authorize(request, "report.edit", body.reportingUnit);
    const { expectedVersion, ...fields } = body;
    const version = await saveProject(ctx.engine, params.code, fields, expectedVersion, {
      by: user.username,
      via: "form",
      at: ctx.now(),
    });
    return { version };
  });

  addRoute(app, api.registers.saveCapitalPlan, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...fields } = body;
    const version = await saveCapitalPlan(ctx.engine, params.code, fields, expectedVersion, {
      by: user.username,
      via: "form",
      at: ctx.now(),
    });
    return { version };
  });

  addRoute(app, api.registers.saveDisbursement, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...fields } = body;
    const version = await saveDisbursement(ctx.engine, params.code, fields, expectedVersion, {
      by: user.username,
      via: "form",
      at: ctx.now(),
    });
    return { version };
  });

  addRoute(app, api.registers.saveClearance, async ({ params, body, request }) => {
    const user = await authorizeProject(ctx, request, params.code);
    const { expectedVersion, ...fields } = body;
    const version = await saveClearance(ctx.engine, params.code, fields, expectedVersion, {
      by: user.username,
      via: "form",
      at: ctx.now(),
    });
    return { version };
  });
}

export async function currentTask(ctx: ServerContext, id: string): Promise<TaskView> {
  const stored = await ctx.engine.registers.stored();
  return taskView(await findTask(ctx, id), stored.tasks.find((t) => t.id === id)?.version ?? 0);
}

function readable<T extends CoreTaskView>(request: FastifyRequest, views: readonly T[]): T[] {
  return views.filter((v) => taskVisible(v.task, (unit) => can(request, "data.read", unit)));
}

export function taskView(v: CoreTaskView, version: number): TaskView {
  const t = v.task;
  return {
    id: t.id,
    textVi: t.textVi,
    sector: t.sector,
    reportPeriod: t.reportPeriod,
    section: t.section,
    source: t.source,
    leadUnit: t.leadUnit,
    partnerUnits: [...t.partnerUnits],
    due: v.due,
    storedStatus: t.status,
    status: v.status,
    closedOn: v.closedOn,
    late: v.late,
    note: t.note,
    version,
    progress: v.progress.map((p) => ({
      seq: p.seq,
      date: p.date,
      status: p.status,
      note: p.note,
      by: p.by,
    })),
  };
}
