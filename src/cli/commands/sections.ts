import { readFileSync } from "node:fs";
import type { Command } from "commander";
import {
  SUBMISSION_STATE_LABELS_VI,
  TRANSITION_LABELS_VI,
  type Transition,
} from "../../core/submissions/index.ts";
import { Engine } from "../../engine/index.ts";
import { inThreadComposer } from "../../report/index.ts";
import { type SectionKey, SectionService, type SectionView } from "../../report/sections/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { actorOf, readable, versionOf } from "../cycle-actor.ts";
import { printRows, withFormatOption } from "../output.ts";

/**
 * `baocao sections list|show|save|submit|approve|return|reopen`: the departments' sections of
 * reports (`{owner=UNIT}`) from the command line, as a stored account (`--as`), through the same
 * service and rules as the web app and the API.
 */
export function registerSections(program: Command, io: CliIo): void {
  const group = program
    .command("sections")
    .description("Phần báo cáo của các phòng ban ({owner=…}): xem, soạn, gửi, duyệt, trả lại");
  const run = <T>(work: (sections: SectionService, engine: Engine) => Promise<T>) =>
    withMigratedStore(io, async (store) => {
      const engine = await Engine.open(store);
      return work(new SectionService(engine, inThreadComposer(engine), now), engine);
    });
  const key = (reportUnit: string, period: string, owner: string): SectionKey => ({
    reportUnit,
    period,
    owner,
  });

  withFormatOption(group.command("list"))
    .description("Các phần của báo cáo trong kỳ mà tài khoản được xem: trạng thái, phiên bản")
    .requiredOption("--period <kỳ>", "kỳ báo cáo, ví dụ 2023-08")
    .requiredOption("--as <user>", "tài khoản xem")
    .action(async (options: { period: string; as: string; format?: string }) => {
      await run(async (sections, engine) => {
        const actor = await actorOf(engine.store, engine, options.as);
        const views = await sections.listAll(options.period, actor, (owner) =>
          readable(actor, owner),
        );
        const table = (options.format ?? (io.interactive ? "table" : "json")) === "table";
        printRows(
          io,
          views,
          [
            { header: "unit", label: "Báo cáo của", value: (v: SectionView) => v.reportUnit },
            { header: "owner", label: "Phòng ban", value: (v) => v.owner, width: 14 },
            { header: "title", label: "Phần", value: (v) => v.title, width: 30 },
            {
              header: "state",
              label: "Trạng thái",
              value: (v) => (table ? SUBMISSION_STATE_LABELS_VI[v.state] : v.state),
            },
            { header: "version", label: "Phiên bản chữ", value: (v) => v.version },
            { header: "stateVersion", label: "Phiên bản trạng thái", value: (v) => v.stateVersion },
            { header: "comment", label: "Ý kiến", value: (v) => v.lastComment, width: 24 },
          ],
          options.format,
        );
      });
    });

  group
    .command("show")
    .description("In chữ của một phần (của phòng ban, chưa có thì của văn phòng)")
    .argument("<unit>", "đơn vị của báo cáo, ví dụ NGA_NAM")
    .argument("<period>", "kỳ báo cáo")
    .argument("<owner>", "phòng ban, ví dụ NN_TCKH")
    .requiredOption("--as <user>", "tài khoản xem")
    .action(async (unit: string, period: string, owner: string, options: { as: string }) => {
      await run(async (sections, engine) => {
        const detail = await sections.get(
          key(unit, period, owner),
          await actorOf(engine.store, engine, options.as),
        );
        io.out(detail.text);
        const v = detail.view;
        io.err(
          `${v.title} (${v.ownerName}): ${SUBMISSION_STATE_LABELS_VI[v.state]}, phiên bản chữ ${v.version}, phiên bản trạng thái ${v.stateVersion}.`,
        );
      });
    });

  group
    .command("save")
    .description("Lưu chữ của một phần từ một tệp (kiểm tra phiên bản)")
    .argument("<unit>", "đơn vị của báo cáo")
    .argument("<period>", "kỳ báo cáo")
    .argument("<owner>", "phòng ban")
    .argument("<file>", "tệp chữ của phần, bắt đầu bằng dòng tiêu đề của phần")
    .requiredOption("--as <user>", "tài khoản soạn (của phòng ban)")
    .requiredOption("--expected-version <n>", "phiên bản chữ đã xem (0 khi chưa lưu lần nào)")
    .action(
      async (
        unit: string,
        period: string,
        owner: string,
        file: string,
        options: { as: string; expectedVersion: string },
      ) => {
        const text = readFileSync(file, "utf8");
        await run(async (sections, engine) => {
          const actor = await actorOf(engine.store, engine, options.as);
          const view = await sections.save(
            {
              ...key(unit, period, owner),
              text,
              expectedVersion: versionOf(options.expectedVersion),
            },
            actor,
            actor.grants,
          );
          io.out(`Đã lưu ${view.title} của ${view.ownerName} (phiên bản chữ ${view.version}).`);
        });
      },
    );

  for (const transition of ["submit", "approve", "return", "reopen"] as const) {
    group
      .command(transition)
      .description(`${TRANSITION_LABELS_VI[transition]} một phần báo cáo (kiểm tra phiên bản)`)
      .argument("<unit>", "đơn vị của báo cáo")
      .argument("<period>", "kỳ báo cáo")
      .argument("<owner>", "phòng ban")
      .requiredOption("--as <user>", "tài khoản thực hiện")
      .requiredOption("--expected-version <n>", "phiên bản trạng thái đã xem (0 khi chưa gửi)")
      .option("--comment <text>", transition === "reopen" ? "lý do mở lại" : "ý kiến")
      .action(
        async (
          unit: string,
          period: string,
          owner: string,
          options: { as: string; expectedVersion: string; comment?: string },
        ) => {
          await run(async (sections, engine) => {
            const view = await sections.transition(
              {
                ...key(unit, period, owner),
                transition: transition as Transition,
                expectedVersion: versionOf(options.expectedVersion),
                ...(options.comment !== undefined ? { comment: options.comment } : {}),
              },
              await actorOf(engine.store, engine, options.as),
            );
            io.out(
              `${view.title} của ${view.ownerName}: ${SUBMISSION_STATE_LABELS_VI[view.state]} (phiên bản trạng thái ${view.stateVersion}).`,
            );
          });
        },
      );
  }
}

const now = () => new Date().toISOString();
