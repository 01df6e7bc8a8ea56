import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import {
  SUBMISSION_STATE_LABELS_VI,
  TRANSITION_LABELS_VI,
  type Transition,
  timelinessVi,
} from "../../core/submissions/index.ts";
import { Engine, type SubmissionView } from "../../engine/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { actorOf, readable, versionOf } from "../cycle-actor.ts";
import { printRows, withFormatOption } from "../output.ts";

/**
 * `baocao submissions list|submit|approve|return|reopen`: the collection cycle from the command
 * line, acting as a stored account (`--as`), through the same service and rules as the web app.
 */
export function registerSubmissions(program: Command, io: CliIo): void {
  const group = program
    .command("submissions")
    .description("Chu trình thu thập số liệu tháng: xem, gửi, duyệt, trả lại, mở lại báo cáo");

  withFormatOption(group.command("list"))
    .description("Các biểu báo cáo tháng: trạng thái, hạn gửi, còn bao nhiêu ngày hoặc trễ")
    .requiredOption("--period <YYYY-MM>", "tháng báo cáo")
    .option("--unit <code>", "chỉ đơn vị này")
    .option("--as <user>", "chỉ những đơn vị tài khoản này được xem")
    .action(async (options: { period: string; unit?: string; as?: string; format?: string }) => {
      await withMigratedStore(io, async (store) => {
        const engine = await Engine.open(store);
        const actor = options.as ? await actorOf(store, engine, options.as) : undefined;
        const views = await engine.submissions.list(
          options.period,
          (unit) => (!options.unit || unit === options.unit) && (!actor || readable(actor, unit)),
        );
        const table = (options.format ?? (io.interactive ? "table" : "json")) === "table";
        printRows(
          io,
          views,
          [
            { header: "unit", label: "Đơn vị", value: (v: SubmissionView) => v.unit, width: 16 },
            { header: "regime", label: "Biểu", value: (v) => v.regime, width: 14 },
            {
              header: "state",
              label: "Trạng thái",
              value: (v) => (table ? SUBMISSION_STATE_LABELS_VI[v.state] : v.state),
            },
            { header: "version", label: "Phiên bản", value: (v) => v.version, inTable: false },
            { header: "due", label: "Hạn gửi", value: (v) => v.dueDate },
            { header: "timeliness", label: "Đúng hạn", value: (v) => timelinessVi(v.timeliness) },
            { header: "missing", label: "Còn thiếu", value: (v) => v.missing.length },
            { header: "locked", label: "Khóa", value: (v) => (v.locked ? "khóa" : "") },
            { header: "comment", label: "Ý kiến", value: (v) => v.lastComment, width: 24 },
          ],
          options.format,
        );
      });
    });

  for (const transition of ["submit", "approve", "return", "reopen"] as const) {
    const command = group
      .command(transition)
      .description(`${TRANSITION_LABELS_VI[transition]} một biểu báo cáo (kiểm tra phiên bản)`)
      .argument("<regime>", "mã chế độ báo cáo, ví dụ communes_monthly")
      .argument("<unit>", "mã đơn vị")
      .argument("<period>", "tháng, YYYY-MM")
      .requiredOption("--as <user>", "tài khoản thực hiện (quyền của tài khoản được kiểm tra)")
      .requiredOption("--expected-version <n>", "phiên bản đã xem (0 khi chưa ai thao tác)")
      .option(
        "--comment <text>",
        transition === "return"
          ? "ý kiến trả lại"
          : transition === "reopen"
            ? "lý do mở lại"
            : "ghi chú",
      );
    if (transition === "submit")
      command.option(
        "--explain <rule=text...>",
        "giải trình cho từng cảnh báo, dạng mã_quy_tắc=nội dung",
      );
    command.action(
      async (
        regime: string,
        unit: string,
        period: string,
        options: { as: string; expectedVersion: string; comment?: string; explain?: string[] },
      ) => {
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const view = await engine.submissions.transition({
            unitCode: unit,
            regimeCode: regime,
            period,
            transition: transition as Transition,
            expectedVersion: versionOf(options.expectedVersion),
            actor: await actorOf(store, engine, options.as),
            ...(options.comment !== undefined ? { comment: options.comment } : {}),
            explanations: explanationsOf(options.explain ?? []),
          });
          io.out(
            `Báo cáo ${view.regime} của ${view.unit} kỳ ${view.period}: ${SUBMISSION_STATE_LABELS_VI[view.state]} (phiên bản ${view.version}).`,
          );
        });
      },
    );
  }
}

function explanationsOf(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf("=");
    if (at <= 0)
      throw new BaocaoError(
        "cli.invalid_option",
        `--explain "${item}" không hợp lệ: cần dạng mã_quy_tắc=nội dung giải trình.`,
      );
    out[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}
