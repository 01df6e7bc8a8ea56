import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Command, Option } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { Engine } from "../../engine/index.ts";
import {
  allRuns,
  composeReport,
  OUTPUT_FORMAT_CODES,
  type OutputFormat,
  type ReportDocument,
  renderAs,
} from "../../report/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { requireUnit } from "../require-unit.ts";

/** The monthly report template of the reference town, used when no `--template` is given. */
export const DEFAULT_TEMPLATE = fileURLToPath(
  new URL("../../../reports/nga-nam/bao-cao-thang.md", import.meta.url),
);

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
    .option("-t, --template <file>", "mẫu báo cáo", DEFAULT_TEMPLATE)
    .option("--as-of <date>", "tổng hợp theo đơn vị hành chính tại ngày này (YYYY-MM-DD)")
    .action(
      async (options: {
        unit: string;
        period: string;
        format: OutputFormat;
        out: string;
        template: string;
        asOf?: string;
      }) => {
        const template = readTemplate(options.template);
        await withMigratedStore(io, async (store) => {
          const engine = await Engine.open(store);
          const report = await composeForCli(engine, template, options);
          const unresolved = allRuns(
            report.blocks,
            report.footnotes.map((f) => f.runs),
          ).filter((r) => r.kind === "figure" && r.problem);
          for (const r of unresolved)
            if (r.kind === "figure")
              io.err(`Cảnh báo: dòng ${r.line} của mẫu, {{ ${r.source} }}: ${r.problem}`);
          writeFileSync(options.out, await renderAs(report, options.format));
          io.out(
            `Đã ghi ${options.out}${unresolved.length > 0 ? ` (${unresolved.length} số liệu chưa tính được, ghi [?])` : ""}.`,
          );
        });
      },
    );
}

/** The template file's text, or `report.no_template` naming the file. */
export function readTemplate(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new BaocaoError("report.no_template", `Không đọc được mẫu báo cáo ${path}.`, {
      file: path,
    });
  }
}

/** The report a command asks for: its unit must exist; `--as-of` rebuilds the units of that day. */
export function composeForCli(
  engine: Engine,
  template: string,
  options: { readonly unit: string; readonly period: string; readonly asOf?: string },
): Promise<ReportDocument> {
  requireUnit(engine, options.unit);
  return composeReport(engine, {
    template,
    unit: options.unit,
    period: options.period,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
}
