import { periodsToRemind } from "../../core/submissions/index.ts";
import { vietnamDate } from "../../core/time/index.ts";
import type { ReminderService } from "./reminder-service.ts";

/** How a server sweeps: how often, and how many days before the due day. */
export interface SweepSchedule {
  readonly everyMinutes: number;
  readonly daysBefore?: number;
}

/**
 * Sweeps for reminders now and then every `everyMinutes`, for last month's and this month's forms
 * (Vietnam date), until stopped. A failed sweep is reported and tried again at the next tick; two
 * servers sweeping give each reminder once (the store's keys and e-mail claims see to that).
 */
export function startSweeps(
  reminders: ReminderService,
  schedule: SweepSchedule,
  clock: () => string,
  onError: (error: unknown) => void,
): () => void {
  const sweep = () => {
    reminders.sweep(periodsToRemind(vietnamDate(clock())), schedule.daysBefore).catch(onError);
  };
  sweep();
  const timer = setInterval(sweep, schedule.everyMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
