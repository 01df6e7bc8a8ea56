import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { Engine } from "../../engine/index.ts";
import { cliRequest, composeForCli, formatCheck, readTemplate } from "../compose-for-cli.ts";
import { type CliIo, withMigratedStore } from "../context.ts";

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
    .option(
      "-t, --template <file>",
      "tệp mẫu báo cáo (mặc định: mẫu của đơn vị trong cơ sở dữ liệu)",
    )
    .option("--as-of <date>", "tổng hợp theo đơn vị hành chính tại ngày này (YYYY-MM-DD)")
    .option("--today <date>", "ngày dùng để xét hạn nộp báo cáo (YYYY-MM-DD), mặc định hôm nay")
    .action(
      async (options: {
        unit: string;
        period: string;
        template?: string;
        asOf?: string;
        today?: string;
      }) => {
        const template = options.template ? readTemplate(options.template) : undefined;
        const { checks } = await withMigratedStore(io, async (store) =>
          composeForCli(await Engine.open(store), cliRequest(options, template)),
        );
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
