import type { Command } from "commander";
import { periodsToRemind } from "../../core/submissions/index.ts";
import { vietnamDate } from "../../core/time/index.ts";
import { Engine } from "../../engine/index.ts";
import { remindersFor } from "../../services/reminders/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import {
  mailerOf,
  type ReminderOptions,
  remindDaysBefore,
  withReminderOptions,
} from "../reminder-options.ts";

/**
 * `baocao reminders send`: one sweep of the collection cycle's reminders, for cron on a machine
 * where the server runs with `--no-reminders` (or to send at once): "due soon" N days before the
 * due day, "overdue" once late, each once per form and reporter, e-mailed when `--smtp` is set.
 */
export function registerReminders(program: Command, io: CliIo): void {
  const group = program.command("reminders").description("Nhắc các đơn vị gửi báo cáo đúng hạn");
  withReminderOptions(group.command("send"), io)
    .description(
      "Nhắc ngay những biểu sắp đến hạn hoặc quá hạn (mỗi người một lần cho mỗi biểu); gửi thư khi có --smtp",
    )
    .option("--period <YYYY-MM...>", "các tháng cần xét (mặc định: tháng trước và tháng này)")
    .action(async (options: ReminderOptions & { period?: string[] }) => {
      const daysBefore = remindDaysBefore(options);
      const mailer = mailerOf(options);
      try {
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const now = () => new Date().toISOString();
          const periods = options.period ?? periodsToRemind(vietnamDate(now()));
          const outcome = await remindersFor(engine, now, mailer).sweep(periods, daysBefore);
          io.out(
            `Đã nhắc ${outcome.given} lượt (${periods.join(", ")})` +
              (mailer
                ? `; gửi ${outcome.emailed} thư, ${outcome.failed} thư lỗi (sẽ gửi lại lần sau).`
                : "; chỉ trong ứng dụng (không có --smtp)."),
          );
        });
      } finally {
        mailer?.close();
      }
    });
}
