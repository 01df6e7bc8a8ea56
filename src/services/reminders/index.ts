export { type Mail, type Mailer, smtpMailer } from "./mailer.ts";
export {
  type Inbox,
  type ReminderDeps,
  type ReminderOutcome,
  ReminderService,
} from "./reminder-service.ts";
export { remindersFor } from "./reminders-for.ts";
export { type SweepSchedule, startSweeps } from "./sweep-timer.ts";
