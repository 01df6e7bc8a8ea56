import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import type { EffectiveTaskStatus, TaskStatus, TaskView } from "../../core/registers/index.ts";
import { Engine } from "../../engine/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { printRows, withFormatOption } from "../output.ts";
import { requireUnit } from "../require-unit.ts";

/** How each status reads in a table. */
const STATUS_VI: Readonly<Record<EffectiveTaskStatus, string>> = {
  new: "mới giao",
  in_progress: "đang thực hiện",
  done: "hoàn thành",
  overdue: "quá hạn",
  cancelled: "đã hủy",
};

/**
 * `baocao tasks` lists tasks with their status computed on a day (overdue from the due date), by
 * month checklist, unit and sector; `baocao task <id>` changes one task's status with a dated
 * note, refusing the change when someone else changed the task since the version given.
 */
export function registerTasks(program: Command, io: CliIo): void {
  withFormatOption(program.command("tasks"))
    .description("Liệt kê nhiệm vụ và trạng thái (quá hạn được tính từ hạn hoàn thành)")
    .option(
      "--period <YYYY-MM>",
      "danh sách nhiệm vụ của tháng (phần II báo cáo tháng trước, còn tồn)",
    )
    .option("--unit <code>", "đơn vị chủ trì hoặc phối hợp")
    .option("--sector <code>", "lĩnh vực: economy, culture_society, defence_security, …")
    .option("--as-of <YYYY-MM-DD>", "trạng thái tại ngày (mặc định hôm nay)")
    .action(
      async (options: {
        period?: string;
        unit?: string;
        sector?: string;
        asOf?: string;
        format?: string;
      }) => {
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          if (options.unit) requireUnit(engine, options.unit);
          const views = await engine.registers.tasks(options);
          const table = (options.format ?? (io.interactive ? "table" : "json")) === "table";
          printRows(
            io,
            views,
            [
              { header: "id", label: "Mã", value: (v: TaskView) => v.task.id, width: 14 },
              {
                header: "status",
                label: "Trạng thái",
                value: (v) => (table ? STATUS_VI[v.status] : v.status),
              },
              { header: "due", label: "Hạn", value: (v) => v.due },
              { header: "lead", label: "Chủ trì", value: (v) => v.task.leadUnit, width: 14 },
              { header: "sector", label: "Lĩnh vực", value: (v) => v.task.sector, inTable: false },
              {
                header: "setBy",
                label: "Giao tại",
                value: (v) => v.task.reportPeriod ?? (v.task.source || null),
                width: 10,
              },
              {
                header: "version",
                label: "Phiên bản",
                value: (v) => (v.task as { version?: number }).version ?? null,
                inTable: false,
              },
              {
                header: "text",
                label: "Nội dung",
                value: (v) => v.task.textVi,
                width: 36,
              },
            ],
            options.format,
          );
          if (table) io.err(countsLine(views));
        });
      },
    );

  program
    .command("task")
    .description("Cập nhật trạng thái, ghi tiến độ một nhiệm vụ (kiểm tra phiên bản)")
    .argument("<id>", "mã nhiệm vụ")
    .option("--status <status>", "new, in_progress, done, cancelled")
    .option("--note <text>", "nội dung tiến độ")
    .option("--date <YYYY-MM-DD>", "ngày ghi nhận (mặc định hôm nay)")
    .option("--expected-version <n>", "phiên bản đã xem; từ chối nếu người khác vừa sửa")
    .option("--by <user>", "người cập nhật, ghi vào nhật ký thay đổi", "cli")
    .action(
      async (
        id: string,
        options: {
          status?: string;
          note?: string;
          date?: string;
          expectedVersion?: string;
          by: string;
        },
      ) => {
        if (options.status === undefined && !options.note)
          throw new BaocaoError("cli.nothing_to_do", "Cần --status hoặc --note.");
        const expected = options.expectedVersion;
        if (expected !== undefined && !/^\d+$/.test(expected))
          throw new BaocaoError(
            "cli.invalid_option",
            `--expected-version "${expected}" không hợp lệ: cần một số nguyên.`,
          );
        await withMigratedStore(io, async (store) => {
          const registers = (await Engine.open(store)).registers;
          const { task } = await registers.changeTask(
            id,
            {
              ...(options.status !== undefined ? { status: options.status as TaskStatus } : {}),
              ...(options.note ? { note: options.note } : {}),
              ...(options.date ? { date: options.date } : {}),
              ...(expected !== undefined ? { expectedVersion: Number(expected) } : {}),
            },
            { by: options.by, via: "form" },
          );
          io.out(`Nhiệm vụ ${task.id}: ${STATUS_VI[task.status]} (phiên bản ${task.version}).`);
        });
      },
    );
}

/** "5 nhiệm vụ: 1 hoàn thành, 3 đang thực hiện, 1 quá hạn". */
function countsLine(views: readonly TaskView[]): string {
  const counts = new Map<EffectiveTaskStatus, number>();
  for (const v of views) counts.set(v.status, (counts.get(v.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${STATUS_VI[status]}`);
  return `${views.length} nhiệm vụ${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}
