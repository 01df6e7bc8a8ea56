import { basename } from "node:path";
import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { Engine } from "../../engine/index.ts";
import { reportFileText } from "../../extract/index.ts";
import { textChecks } from "../../report/narrative/index.ts";
import { cliRequest, composeForCli, formatCheck, readTemplate } from "../compose-for-cli.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { readFileOrRefuse } from "../file-errors.ts";

interface CheckOptions {
  unit?: string;
  period?: string;
  template?: string;
  asOf?: string;
  today?: string;
}

/**
 * `baocao check`: composes the report as `baocao report` does and prints only its checks, one
 * per line; exits 1 when one of them is an error (it would block issuing), 0 otherwise. Given
 * files instead (a Word report written anywhere), it checks the relations inside their sentences.
 */
export function registerCheck(program: Command, io: CliIo): void {
  program
    .command("check")
    .description(
      "Kiểm tra báo cáo của một đơn vị, một kỳ: số liệu chưa tính được, số gõ tay, số liệu mâu thuẫn trong câu, đơn vị chưa báo cáo, quy tắc kiểm tra; hoặc kiểm tra các câu của tệp báo cáo bất kỳ (.docx, .md, .txt)",
    )
    .argument("[files...]", "tệp báo cáo viết ở đâu cũng được (.docx, .md, .txt), thay cho -u, -p")
    .option("-u, --unit <code>", "mã đơn vị, ví dụ NGA_NAM")
    .option("-p, --period <id>", "kỳ báo cáo, ví dụ 2023-08")
    .option(
      "-t, --template <file>",
      "tệp mẫu báo cáo (mặc định: mẫu của đơn vị trong cơ sở dữ liệu)",
    )
    .option("--as-of <date>", "tổng hợp theo đơn vị hành chính tại ngày này (YYYY-MM-DD)")
    .option("--today <date>", "ngày dùng để xét hạn nộp báo cáo (YYYY-MM-DD), mặc định hôm nay")
    .action(async (files: string[], options: CheckOptions, cmd: Command) => {
      if (files.length > 0) {
        if (options.unit || options.period)
          return cmd.error("Kiểm tra tệp báo cáo, hoặc báo cáo của một đơn vị (-u, -p): chọn một.");
        return checkFiles(io, files);
      }
      if (!options.unit || !options.period)
        return cmd.error("Cần -u, --unit và -p, --period (hoặc đưa tệp báo cáo cần kiểm tra).");
      const template = options.template ? readTemplate(options.template) : undefined;
      const request = cliRequest(
        { ...options, unit: options.unit, period: options.period },
        template,
      );
      const { checks } = await withMigratedStore(io, async (store) =>
        composeForCli(await Engine.open(store), request),
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
    });
}

/** The sentence checks of report files, one line each naming the file and the paragraph. */
async function checkFiles(io: CliIo, files: readonly string[]): Promise<void> {
  let found = 0;
  for (const file of files) {
    const text = await reportFileText(readFileOrRefuse(file), basename(file));
    for (const f of textChecks(text)) {
      io.out(
        formatCheck({
          ...f,
          severity: "warning",
          message: `${file}, đoạn ${f.paragraph}: ${f.message}`,
        }),
      );
      found++;
    }
  }
  if (found === 0) io.err("Không thấy số liệu nào mâu thuẫn trong các câu.");
}
