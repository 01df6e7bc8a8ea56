import type { Engine } from "../../engine/index.ts";
import type { Mailer } from "./mailer.ts";
import { ReminderService } from "./reminder-service.ts";

/** The reminders over an engine's forms, e-mailed through `mailer` when one is given. */
export function remindersFor(
  engine: Engine,
  clock: () => string,
  mailer?: Mailer,
): ReminderService {
  return new ReminderService({
    store: engine.store,
    forms: (period) => engine.submissions.list(period),
    clock,
    ...(mailer ? { mailer } : {}),
  });
}
