import type { FastifyInstance } from "fastify";
import type { ReminderRecord } from "../../store/index.ts";
import { authorize, requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api, type ReminderView } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/**
 * Reminders over HTTP: the signed-in user's list (the bell in the header), marking them read,
 * and the office's "Nhắc" for a unit's form. The rules live in services/reminders.
 */
export function reminderRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.reminders.inbox, async ({ request }) => {
    const user = requireUser(request);
    const inbox = await ctx.reminders.inbox(user.username);
    return { unread: inbox.unread, items: inbox.items.map(view) };
  });

  addRoute(app, api.reminders.read, async ({ body, request }) => {
    const user = requireUser(request);
    await ctx.reminders.markRead(user.username, body.keys);
    return { ok: true as const };
  });

  addRoute(app, api.reminders.remind, async ({ body, request }) => {
    // Those who review a unit's forms may remind it (as the list's `remindable` says); a reporter
    // may not remind their peers.
    const user = authorize(request, "submission.approve", body.unit);
    const { view } = await ctx.engine.submissions.get({
      unitCode: body.unit,
      regimeCode: body.regime,
      period: body.period,
    });
    return ctx.reminders.remind(view, user.username);
  });
}

function view(r: ReminderRecord): ReminderView {
  return {
    key: r.key,
    kind: r.kind as ReminderView["kind"],
    unit: r.unitCode,
    regime: r.regimeCode,
    period: r.period,
    subject: r.subject,
    body: r.body,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    read: r.readAt !== null,
    email: r.emailState,
  };
}
