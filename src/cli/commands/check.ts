import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { Engine } from "../../engine/index.ts";
import { type ReportCheck, reportChecks } from "../../report/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { composeForCli, DEFAULT_TEMPLATE, readTemplate } from "./report.ts";

const SEVERITY: Readonly<Record<ReportCheck["severity"], string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

/** One line of output: severity, what is checked (the kind code, for grep and scripts), message. */
export function formatCheck(check: ReportCheck): string {
  return `${SEVERITY[check.severity]} [${check.kind}]: ${check.message}`;
}

/**
 * `baocao check`: composes the report as `baocao report` does and prints only its checks, one
 * per line; exits 1 when one of them is an error (it would block issuing), 0 otherwise.
 */
export function registerCheck(program: Command, io: CliIo): void {
  program
    .command("check")
    .description(
      "Kiểm tra báo cáo của một đơn vị, một kỳ: số liệu chưa tính được, số gõ tay, số liệu mâu thuẫn trong câu, đơn vị chưa báo cáo, quy tắc kiểm tra",
    )
    .requiredOption("-u, --unit <code>", "mã đơn vị, ví dụ NGA_NAM")
    .requiredOption("-p, --period <id>", "kỳ báo cáo, ví dụ 2023-08")
    .option("-t, --template <file>", "mẫu báo cáo", DEFAULT_TEMPLATE)
    .option("--as-of <date>", "tổng hợp theo đơn vị hành chính tại ngày này (YYYY-MM-DD)")
    .option("--today <date>", "ngày dùng để xét hạn nộp báo cáo (YYYY-MM-DD), mặc định hôm nay")
    .action(
      async (options: {
        unit: string;
        period: string;
        template: string;
        asOf?: string;
        today?: string;
      }) => {
        const template = readTemplate(options.template);
        const checks = await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const report = await composeForCli(engine, template, options);
          return reportChecks(engine, report, options.today);
        });
        for (const check of checks) io.out(formatCheck(check));
        const errors = checks.filter((c) => c.severity === "error").length;
        if (checks.length === 0) io.err("Không có gì cần kiểm tra thêm.");
        if (errors > 0)
          throw new BaocaoError(
            "report.checks_failed",
            `Báo cáo còn ${errors} lỗi kiểm tra, cần sửa trước khi ban hành.`,
            { errors },
          );
      },
    );
}
