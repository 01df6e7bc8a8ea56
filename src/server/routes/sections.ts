import type { FastifyInstance } from "fastify";
import { authorize, can, requireUser, transitionActor } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";
import { cycleEventView } from "./cycle-events.ts";

/**
 * The departments' sections of reports over HTTP. Reading a section needs `data.read` on its
 * owner (a department sees its own; the office over the report's unit sees all); who may write,
 * send, approve, return or reopen is the SectionService's (the forms' transition table).
 */
export function sectionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.sections.listAll, async ({ query, request }) => {
    const actor = transitionActor(request);
    const sections = await ctx.sections.listAll(query.period, actor, (owner) =>
      can(request, "data.read", owner),
    );
    return { sections: sections.map((s) => ({ ...s, allowed: [...s.allowed] })) };
  });

  addRoute(app, api.sections.list, async ({ params, request }) => {
    requireUser(request);
    const actor = transitionActor(request);
    const all = await ctx.sections.list(params.unit, params.period, actor);
    const shown = all.filter((s) => can(request, "data.read", s.owner));
    // Someone who reads neither the report nor any of its sections learns nothing of it.
    if (shown.length === 0) authorize(request, "data.read", params.unit);
    return { sections: shown.map((s) => ({ ...s, allowed: [...s.allowed] })) };
  });

  addRoute(app, api.sections.get, async ({ params, request }) => {
    authorize(request, "data.read", params.owner);
    const { view, text, officeText, events } = await ctx.sections.get(
      { reportUnit: params.unit, period: params.period, owner: params.owner },
      transitionActor(request),
    );
    return {
      section: { ...view, allowed: [...view.allowed] },
      text,
      officeText,
      events: events.map(cycleEventView),
    };
  });

  addRoute(app, api.sections.save, async ({ params, body, request }) => {
    authorize(request, "data.read", params.owner);
    const view = await ctx.sections.save(
      {
        reportUnit: params.unit,
        period: params.period,
        owner: params.owner,
        text: body.text,
        expectedVersion: body.expectedVersion,
      },
      transitionActor(request),
      requireUser(request).grants,
    );
    return { section: { ...view, allowed: [...view.allowed] } };
  });

  addRoute(app, api.sections.transition, async ({ params, body, request }) => {
    authorize(request, "data.read", params.owner);
    const view = await ctx.sections.transition(
      {
        reportUnit: params.unit,
        period: params.period,
        owner: params.owner,
        transition: params.transition,
        expectedVersion: body.expectedVersion,
        ...(body.comment !== undefined ? { comment: body.comment } : {}),
      },
      transitionActor(request),
    );
    return { section: { ...view, allowed: [...view.allowed] } };
  });
}
