/**
 * A province's monthly report composed at scale M (issue 19): the synthetic province of
 * `bench/generate.ts` (100 communes, 300 indicators, 60 months, 1,746,000 values) loaded through
 * the engine, then a report template that speaks of every indicator — a sentence each (this month,
 * year to date against the same period, % of plan) and a table of all of them — composed for the
 * province, each month of 2025 in turn, and rendered to DOCX. Before timing, the table's figures
 * of December 2025 are checked against the naive SQL answer over the raw values.
 *
 * Run: node --import tsx bench/compose-at-scale.ts [--scale S|M] [--db sqlite|postgres]
 *        [--runs 24] [--pg-url postgres://postgres@127.0.0.1:5432]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { Engine } from "../src/engine/index.ts";
import { composeReport, type FigureRun, renderDocx } from "../src/report/index.ts";
import { migrateToLatest, openStore, type Store } from "../src/store/index.ts";
import type { Scale } from "./args.ts";
import { dropPostgresDatabase, recreatePostgresDatabase } from "./bench-store.ts";
import {
  type GeneratedCatalogue,
  generateBatches,
  generateCatalogue,
  generateTargets,
  generateUnits,
  LAST_MONTH,
  monthList,
  SCALES,
} from "./generate.ts";
import { duration, now, rate, summarise } from "./measure.ts";
import { compareFigures, naiveReport, parseFormulas, type ReportFigures } from "./naive.ts";

const { values: flags } = parseArgs({
  options: {
    scale: { type: "string", default: "M" },
    db: { type: "string", default: "sqlite" },
    runs: { type: "string", default: "24" },
    seed: { type: "string", default: "20251125" },
    "pg-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
  },
});
const scale = flags.scale as Scale;
const spec = SCALES[scale];
if (!spec || scale === "L") throw new Error("--scale S or M");
const engineName = flags.db === "postgres" ? "postgres" : "sqlite";
const runs = Number(flags.runs);
const seed = Number(flags.seed);

const SECTOR_HEADINGS: Readonly<Record<string, string>> = {
  economy: "Kinh tế",
  culture_society: "Văn hóa - xã hội",
  defence_security: "Quốc phòng - an ninh",
  inspection_justice_government: "Thanh tra, tư pháp, xây dựng chính quyền",
};

/** A template as a province office would write it, with every indicator live. */
function provinceTemplate(catalogue: GeneratedCatalogue): string {
  const lines = [
    "---",
    "parentBody: BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "issuingBody: ỦY BAN NHÂN DÂN TỈNH",
    'number: "…/BC-UBND"',
    "place: Tỉnh lỵ",
    'date: "2026-01-05"',
    "title: BÁO CÁO",
    'subject: "Tình hình kinh tế - xã hội tháng {{ $month }} và phương hướng, nhiệm vụ tháng {{ $next_month }} năm {{ $next_year }}"',
    "signingAuthority: TM. ỦY BAN NHÂN DÂN",
    "signerTitle: CHỦ TỊCH",
    "signerName: Nguyễn Văn A",
    "recipients:",
    '  - "- Bộ Kế hoạch và Đầu tư;"',
    '  - "- Lưu: VT."',
    "---",
    "# I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG {{ $month }} NĂM {{ $year }}",
  ];
  Object.entries(SECTOR_HEADINGS).forEach(([sector, heading], i) => {
    lines.push(`## ${i + 1}. ${heading}`);
    for (const { input } of catalogue.indicators.filter((x) => x.input.sector === sector)) {
      const x = input.code;
      lines.push(
        `- ${input.nameVi} tháng {{ $month }} đạt {{ ${x} | number:0 }}, lũy kế ` +
          `{{ ytd(${x}) - last_year(ytd(${x})) | change:0 }} so với cùng kỳ, ` +
          `đạt {{ pct_of(ytd(${x}), plan) | percent:1 }} kế hoạch năm.`,
      );
    }
  });
  lines.push(
    "# II. CÁC CHỈ TIÊU CHỦ YẾU",
    "| Chỉ tiêu | Tháng {{ $month }} | Lũy kế | Cùng kỳ | Kế hoạch năm | % kế hoạch |",
    "|---|---|---|---|---|---|",
  );
  for (const { input } of catalogue.indicators) {
    const x = input.code;
    lines.push(
      `| ${input.nameVi} | {{ ${x} | number:2 }} | {{ ytd(${x}) | number:2 }} | {{ last_year(${x}) | number:2 }} | {{ target(${x}, plan) | number:0 }} | {{ pct_of(ytd(${x}), plan) | percent:2 }} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const figuresOf = (runs: readonly { kind: string }[]) =>
  runs.filter((r): r is FigureRun => r.kind === "figure");

/** The table's figures, as the naive answer gives them, for the check against it. */
function tableFigures(report: Awaited<ReturnType<typeof composeReport>>): ReportFigures[] {
  const table = report.blocks.find((b) => b.kind === "table");
  if (table?.kind !== "table") throw new Error("the report has no table");
  return table.rows.slice(1).map((row) => {
    const [value, ytd, lastYear, plan, pctOfPlan] = row.slice(1).map((cell) => {
      const figure = figuresOf(cell)[0];
      return typeof figure?.value === "number" ? figure.value : null;
    });
    const code = figuresOf(row[1] ?? [])[0]?.source.trim() ?? "?";
    return { indicator: code, value, ytd, lastYear, plan, pctOfPlan } as ReportFigures;
  });
}

async function openFresh(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const name = `baocao_bench_compose_${scale.toLowerCase()}`;
  if (engineName === "postgres") {
    const admin = async (work: (c: pg.Client) => Promise<void>) => {
      const client = new pg.Client({ connectionString: `${flags["pg-url"]}/postgres` });
      await client.connect();
      await work(client).finally(() => client.end());
    };
    await admin((c) => recreatePostgresDatabase(c, name));
    const store = await openStore({ engine: "postgres", url: `${flags["pg-url"]}/${name}` });
    return {
      store,
      dispose: async () => {
        await store.close();
        await admin((c) => dropPostgresDatabase(c, name));
      },
    };
  }
  const dir = mkdtempSync(join(os.tmpdir(), "baocao-compose-"));
  const store = await openStore({ engine: "sqlite", path: join(dir, `${name}.db`) });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const units = generateUnits(spec, seed);
const catalogue = generateCatalogue(spec.indicators, seed);
const months = monthList(spec.months);
const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
const { store, dispose } = await openFresh();
try {
  await migrateToLatest(store);
  const engine = await Engine.open(store);
  await engine.saveUnits(units.units);
  await engine.saveCatalogue(catalogue.input);
  await engine.saveTargets(
    generateTargets(units.root, catalogue, units.reporting.length, years, seed),
  );
  const loadStart = now();
  let loaded = 0;
  for (const batch of generateBatches(units, catalogue, months, seed)) {
    await engine.write(batch.values, { by: "bench", via: "import" });
    loaded += batch.values.length;
  }
  const loadSeconds = (now() - loadStart) / 1000;
  console.error(
    `[load] ${loaded} values, ${rate(loaded / loadSeconds)} in ${duration(loadSeconds)}`,
  );

  const template = provinceTemplate(catalogue);
  const request = (period: string) => ({ template, unit: units.root, period });
  const december = await composeReport(engine, request(LAST_MONTH));
  const allFigures = december.blocks.flatMap((b) =>
    b.kind === "table" ? b.rows.flat(2) : "runs" in b ? b.runs : [],
  );
  const figures = figuresOf(allFigures);
  const unresolved = figures.filter((f) => f.problem !== undefined);
  const naive = await naiveReport(
    store.db,
    engine.catalogue,
    parseFormulas(engine.catalogue),
    units.root,
    LAST_MONTH,
  );
  const problems = compareFigures(tableFigures(december), naive);
  console.error(
    `[check] ${figures.length} live figures, ${unresolved.length} unresolved; ` +
      (problems.length === 0
        ? `the table agrees with the naive SQL on all ${naive.length} indicators`
        : `${problems.length} differences, e.g. ${problems.slice(0, 3).join("; ")}`),
  );

  const reportMonths = months.filter((m) => m.startsWith(LAST_MONTH.slice(0, 4)));
  for (const month of reportMonths.slice(0, 3))
    await renderDocx(await composeReport(engine, request(month)));
  const compose: number[] = [];
  const docx: number[] = [];
  for (let i = 0; i < runs; i++) {
    const month = reportMonths[i % reportMonths.length] as string;
    const t0 = now();
    const report = await composeReport(engine, request(month));
    const t1 = now();
    await renderDocx(report);
    compose.push(t1 - t0);
    docx.push(now() - t1);
  }
  const c = summarise(compose);
  const d = summarise(docx);
  console.log(
    [
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${engineName}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
      `scale ${scale}: ${units.units.length} units, ${catalogue.indicators.length} indicators, ${loaded} values`,
      `report of ${units.root}: ${figures.length} live figures (${unresolved.length} unresolved), ${problems.length} differences from the naive SQL`,
      `compose p50 ${c.p50.toFixed(1)} ms, p95 ${c.p95.toFixed(1)} ms; DOCX p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms over ${runs} runs`,
    ].join("\n"),
  );
  if (unresolved.length > 0 || problems.length > 0) process.exitCode = 1;
} finally {
  await dispose();
}
