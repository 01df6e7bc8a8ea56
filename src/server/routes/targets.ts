import type { FastifyInstance } from "fastify";
import type { AncestorsOf } from "../../core/access/index.ts";
import type { Engine } from "../../engine/index.ts";
import {
  TargetAccess,
  TargetAdmin,
  TargetKindsAdmin,
  TargetsWorkbook,
} from "../../services/targets/index.ts";
import { requireUser } from "../auth/index.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * `/api/targets…` and `/api/target-kinds…`: a unit's targets for a year and the kinds of target,
 * over the services/targets rules (read with data.read, changed by administrators, versioned
 * and audited through changeDefinitions).
 */
export function targetRoutes(app: FastifyInstance, engine: Engine, ancestorsOf: AncestorsOf): void {
  const access = new TargetAccess(engine, ancestorsOf);
  const admin = new TargetAdmin(engine, access);
  const kinds = new TargetKindsAdmin(engine, access);
  const workbook = new TargetsWorkbook(engine, access, admin);
  const r = api.targets;

  addRoute(app, r.kinds, async ({ request }) => {
    const user = requireUser(request);
    const canEdit = user.grants.some((g) => access.canManage(user, g.unit));
    return { kinds: await kinds.list(), canEdit };
  });

  addRoute(app, r.saveKind, async ({ params, body, request }) => {
    const { expected, ...labels } = body;
    return {
      kind: await kinds.save(requireUser(request), { ...labels, code: params.code }, expected),
    };
  });

  addRoute(app, r.removeKind, async ({ params, body, request }) => {
    await kinds.remove(requireUser(request), params.code, body.expected);
    return { ok: true as const };
  });

  addRoute(app, r.list, async ({ query, request }) => {
    const sheet = await admin.sheet(requireUser(request), query.unit, query.year);
    return {
      ...sheet,
      lines: sheet.lines.map((line) => ({
        ...line,
        targets: line.targets.map((t) => ({
          kind: t.kind,
          value: t.value,
          ...(t.dueDate ? { dueDate: t.dueDate } : {}),
          ...(t.source ? { source: t.source } : {}),
          version: t.version,
        })),
      })),
    };
  });

  addRoute(app, r.save, async ({ body, request }) => {
    const { unit, expected, ...target } = body;
    await admin.save(requireUser(request), unit, [
      { target: { ...target, reportingUnit: unit }, expected },
    ]);
    return { ok: true as const };
  });

  addRoute(app, r.remove, async ({ body, request }) => {
    const { unit, expected, ...key } = body;
    await admin.remove(requireUser(request), { ...key, reportingUnit: unit }, expected);
    return { ok: true as const };
  });

  addRoute(app, r.history, async ({ query, request }) => ({
    entries: (await admin.history(requireUser(request), query.unit, query.year)).map((e) => ({
      kind: e.kind,
      code: e.code,
      action: e.action,
      before: e.before,
      after: e.after,
      comment: e.comment ?? null,
      at: e.at,
      by: e.by,
    })),
  }));

  addRoute(app, r.template, async ({ query, request, reply }) => {
    const file = await workbook.template(requireUser(request), query.unit, query.year);
    return reply
      .header("content-type", XLSX)
      .header(
        "content-disposition",
        `attachment; filename="chi-tieu-${query.unit}-${query.year}.xlsx"`,
      )
      .send(Buffer.from(file));
  });

  addRoute(app, r.upload, async ({ body, request }) => {
    const result = await workbook.upload(
      requireUser(request),
      body.unit,
      body.year,
      { name: body.fileName, bytes: Buffer.from(body.content, "base64") },
      body.confirm,
    );
    return {
      changes: result.changes.map((c) => ({
        cell: c.cell,
        indicator: c.target.indicator,
        ...(c.target.option ? { option: c.target.option } : {}),
        kind: c.target.kind,
        value: c.target.value,
        stored: c.stored,
        change: c.kind,
      })),
      counts: result.counts,
      written: result.written,
    };
  });
}
