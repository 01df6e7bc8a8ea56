import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { Engine } from "../../engine/index.ts";
import { OUTPUT_FORMAT_CODES, type OutputFormat, renderAs } from "../../report/index.ts";
import { cliRequest, composeForCli, formatCheck, readTemplate } from "../compose-for-cli.ts";
import { type CliIo, withMigratedStore } from "../context.ts";

/** `baocao report`: composes the report of a unit and period and writes it as DOCX, HTML, PDF or Markdown. */
export function registerReport(program: Command, io: CliIo): void {
  program
    .command("report")
    .description("Soạn báo cáo của một đơn vị, một kỳ từ số liệu hiện có")
    .requiredOption("-u, --unit <code>", "mã đơn vị, ví dụ NGA_NAM")
    .requiredOption("-p, --period <id>", "kỳ báo cáo, ví dụ 2023-08")
    .addOption(
      new Option("-f, --format <format>", "định dạng tệp")
        .choices(OUTPUT_FORMAT_CODES)
        .default("docx"),
    )
    .requiredOption("-o, --out <file>", "tệp kết quả")
    .option(
      "-t, --template <file>",
      "tệp mẫu báo cáo (mặc định: mẫu của đơn vị trong cơ sở dữ liệu)",
    )
    .option("--as-of <date>", "tổng hợp theo đơn vị hành chính tại ngày này (YYYY-MM-DD)")
    .action(
      async (options: {
        unit: string;
        period: string;
        format: OutputFormat;
        out: string;
        template?: string;
        asOf?: string;
      }) => {
        const template = options.template ? readTemplate(options.template) : undefined;
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const { document, checks } = await composeForCli(engine, cliRequest(options, template));
          // What `baocao check` would say, so nobody sends a report without having seen it.
          for (const check of checks) io.err(formatCheck(check));
          writeFileSync(options.out, await renderAs(document, options.format));
          const errors = checks.filter((c) => c.severity === "error").length;
          io.out(
            `Đã ghi ${options.out}${errors > 0 ? ` (${errors} lỗi kiểm tra: số liệu chưa tính được ghi [?])` : ""}.`,
          );
        });
      },
    );
}
