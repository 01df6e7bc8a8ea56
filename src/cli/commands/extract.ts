import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { Engine } from "../../engine/index.ts";
import {
  assembleValues,
  checkFigures,
  extractReport,
  extractSummary,
  type KnownKey,
  type KnownValues,
  neededByChecks,
  neededKnownValues,
  reportFileText,
  writeTargetsYaml,
  writeValuesCsv,
} from "../../extract/index.ts";
import { parseTemplate } from "../../report/index.ts";
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
    .description("Lấy lại số liệu từ các báo cáo đã viết theo mẫu (.txt, .md, .docx)")
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
        const reports = texts.map(({ file, text }) =>
          extractReport({
            template,
            text,
            file,
            unit: options.unit,
            period: options.period,
            catalogue: engine.catalogue,
          }),
        );
        const known = await knownFromDatabase(engine, neededKnownValues(reports));
        const assembled = assembleValues(reports, known);
        const where = { catalogue: engine.catalogue, unit: options.unit, period: options.period };
        const stored = await databaseAnswers(engine, neededByChecks(reports, where));
        const checks = checkFigures(reports, { ...where, known: stored });
        writeFileSync(options.out, writeValuesCsv(assembled.values));
        const lines = extractSummary(reports, assembled, checks);
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

/**
 * The year to date of the month before, from the months the database holds — only when it holds
 * every one of them: the engine's own year to date skips missing months, and a month taken away
 * from a partial sum would be wrong, not missing.
 */
async function knownFromDatabase(
  engine: Engine,
  keys: ReturnType<typeof neededKnownValues>,
): Promise<KnownValues> {
  const id = (k: { indicator: string; unit: string; period: string; disaggregation: string }) =>
    `${k.indicator}|${k.unit}|${k.period}|${k.disaggregation}`;
  const monthly = new Map<string, number>();
  const wanted = new Map<string, { unit: string; period: string; sources: Set<string> }>();
  const sourceOf = (k: { indicator: string; disaggregation: string }) =>
    k.disaggregation ? `${k.indicator}[${k.disaggregation}]` : k.indicator;
  const monthsBefore = (period: string) => {
    const [year, month] = period.split("-").map(Number) as [number, number];
    return Array.from({ length: month }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  };
  for (const key of keys)
    for (const period of monthsBefore(key.period)) {
      const at = `${key.unit}|${period}`;
      const entry = wanted.get(at) ?? { unit: key.unit, period, sources: new Set<string>() };
      entry.sources.add(sourceOf(key));
      wanted.set(at, entry);
    }
  for (const { unit, period, sources } of wanted.values()) {
    const answers = await engine.evaluate({ unit, period, sources: [...sources] });
    for (const a of answers)
      if (typeof a.value === "number") monthly.set(`${unit}|${period}|${a.source}`, a.value);
  }
  const ytd = new Map<string, number>();
  for (const key of keys) {
    let sum = 0;
    let complete = true;
    for (const period of monthsBefore(key.period)) {
      const v = monthly.get(`${key.unit}|${period}|${sourceOf(key)}`);
      if (v === undefined) complete = false;
      else sum += v;
    }
    if (complete) ytd.set(id(key), Number(sum.toPrecision(12)));
  }
  // Month by month too, so that a figure held back names the months the database lacks.
  return (key) =>
    key.ytd ? ytd.get(id(key)) : monthly.get(`${key.unit}|${key.period}|${sourceOf(key)}`);
}

/** What the database answers for the values the checks need (last year's, mostly), as the engine computes them. */
async function databaseAnswers(
  engine: Engine,
  keys: ReturnType<typeof neededByChecks>,
): Promise<KnownValues> {
  const text = (k: KnownKey) => {
    const base = k.disaggregation ? `${k.indicator}[${k.disaggregation}]` : k.indicator;
    if (k.target) return `target(${base}, ${k.target})`;
    return k.ytd ? `ytd(${base})` : base;
  };
  const values = new Map<string, number>();
  for (const key of keys) {
    const [answer] = await engine.evaluate({
      unit: key.unit,
      period: key.period,
      sources: [text(key)],
    });
    if (typeof answer?.value === "number")
      values.set(`${key.unit}|${key.period}|${text(key)}`, answer.value);
  }
  return (key) => values.get(`${key.unit}|${key.period}|${text(key)}`);
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
