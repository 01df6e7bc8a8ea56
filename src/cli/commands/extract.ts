import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { Engine } from "../../engine/index.ts";
import { reportFileText, writeTargetsYaml, writeValuesCsv } from "../../extract/index.ts";
import { parseTemplate } from "../../report/index.ts";
import { readPastReports } from "../../services/past-reports.ts";
import { type CliIo, withMigratedStore } from "../context.ts";

interface ExtractOptions {
  readonly template: string;
  readonly unit: string;
  readonly period: string;
  readonly out: string;
  readonly targetsOut?: string;
}

/**
 * `baocao extract --template T --unit U --period P -o values.csv FILE…`: reads past reports
 * written from a template, writes the values they hold as a values CSV for `baocao import`,
 * and prints what was found, what was not and why, and the checks. The catalogue is the
 * database's; year-to-date figures use the month before from the database when it is there.
 */
export function registerExtract(program: Command, io: CliIo): void {
  program
    .command("extract")
    .description("Lấy lại số liệu từ các báo cáo đã viết theo mẫu (.txt, .md, .docx, .pdf)")
    .argument("<files...>", "các báo cáo cũ của cùng đơn vị, cùng kỳ")
    .requiredOption("-t, --template <file>", "mẫu báo cáo đã dùng để viết các báo cáo đó")
    .requiredOption("-u, --unit <code>", "mã đơn vị của báo cáo, ví dụ NGA_NAM")
    .requiredOption("-p, --period <id>", "kỳ của báo cáo, ví dụ 2023-08")
    .requiredOption("-o, --out <file>", "tệp CSV số liệu để nhập bằng baocao import")
    .option("--targets-out <file>", "tệp YAML các chỉ tiêu giao đọc được (nhập bằng baocao import)")
    .action(async (files: string[], options: ExtractOptions) => {
      const template = parseTemplate(readText(options.template));
      const texts = await Promise.all(
        files.map(async (path) => ({ file: basename(path), text: await readReport(path) })),
      );
      await withMigratedStore(io, async (store) => {
        const engine = await Engine.open(store);
        // Values of an unknown unit would only be refused later, by the import.
        if (engine.units.nameOf(options.unit) === undefined)
          throw new BaocaoError(
            "extract.unknown_unit",
            `Không có đơn vị mã "${options.unit}" trong cơ sở dữ liệu: hãy nhập danh mục trước (baocao import catalogue.yaml).`,
            { unit: options.unit },
          );
        const { assembled, summary } = await readPastReports(engine, {
          template,
          unit: options.unit,
          period: options.period,
          files: texts,
        });
        writeFileSync(options.out, writeValuesCsv(assembled.values));
        const lines = [...summary];
        if (options.targetsOut) {
          const targets = writeTargetsYaml(assembled.targets);
          writeFileSync(options.targetsOut, targets.text);
          lines.push(
            `Đã ghi ${assembled.targets.length - targets.skipped} chỉ tiêu giao vào ${options.targetsOut}${targets.skipped > 0 ? ` (${targets.skipped} chỉ tiêu giao theo phân tổ không ghi được)` : ""}.`,
          );
        }
        lines.push(`Đã ghi ${assembled.values.length} giá trị vào ${options.out}.`);
        for (const line of lines) io.out(line);
      });
    });
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new BaocaoError("report.no_template", `Không đọc được mẫu báo cáo ${path}.`, {
      file: path,
    });
  }
}

async function readReport(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new BaocaoError("extract.no_file", `Không đọc được tệp ${path}.`, { file: path });
  }
  return reportFileText(bytes, basename(path));
}
