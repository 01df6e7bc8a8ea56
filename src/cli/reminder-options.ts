import type { Command } from "commander";
import { BaocaoError } from "../core/errors.ts";
import { DEFAULT_REMIND_DAYS_BEFORE } from "../core/submissions/index.ts";
import { type Mailer, smtpMailer } from "../services/reminders/index.ts";
import type { CliIo } from "./context.ts";

/** How reminders go out: by e-mail through an SMTP server, from an address, N days ahead. */
export interface ReminderOptions {
  readonly smtp?: string;
  readonly mailFrom: string;
  readonly remindDaysBefore: string;
}

/** Adds the reminder options (shared by `serve`, `demo` and `reminders send`) to a command. */
export function withReminderOptions(command: Command, io: CliIo): Command {
  return command
    .option(
      "--smtp <url>",
      "máy chủ thư để gửi lời nhắc qua thư điện tử, ví dụ smtp://tai-khoan:mat-khau@mail.ubnd.vn:587 (biến BAOCAO_SMTP_URL); không có thì chỉ nhắc trong ứng dụng",
      io.env.BAOCAO_SMTP_URL,
    )
    .option(
      "--mail-from <address>",
      "địa chỉ người gửi thư nhắc (biến BAOCAO_MAIL_FROM)",
      io.env.BAOCAO_MAIL_FROM ?? "baocao <baocao@localhost>",
    )
    .option(
      "--remind-days-before <n>",
      "nhắc trước hạn gửi bao nhiêu ngày (biến BAOCAO_REMIND_DAYS_BEFORE)",
      io.env.BAOCAO_REMIND_DAYS_BEFORE ?? String(DEFAULT_REMIND_DAYS_BEFORE),
    );
}

/** The days-before setting as a number, or a clear refusal. */
export function remindDaysBefore(options: ReminderOptions): number {
  const days = Number(options.remindDaysBefore);
  if (!Number.isInteger(days) || days < 0 || days > 31) {
    throw new BaocaoError(
      "cli.invalid_option",
      `--remind-days-before cần một số ngày từ 0 đến 31, không phải "${options.remindDaysBefore}".`,
    );
  }
  return days;
}

/** The mailer the options name, or undefined (reminders in the app only). */
export function mailerOf(options: ReminderOptions): Mailer | undefined {
  if (!options.smtp) return undefined;
  if (!/^smtps?:\/\//.test(options.smtp)) {
    throw new BaocaoError(
      "cli.invalid_option",
      `--smtp cần một địa chỉ dạng smtp://máy-chủ:cổng hoặc smtps://…, không phải "${options.smtp.replace(/\/\/[^@]*@/, "//…@")}".`,
    );
  }
  return smtpMailer(options.smtp, options.mailFrom);
}
