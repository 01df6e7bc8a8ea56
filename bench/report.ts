/**
 * Prints a run's figures and records them in `BENCHMARKS.md`, in a section per scale × engine
 * between markers, replaced on every run of the same scale and engine (the text around the
 * sections is written by hand). The full figures also go to `bench/results/<scale>-<db>.json`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { duration, mib, ms, rate, type Timing } from "./measure.ts";

/** Everything one run measured. */
export interface BenchResult {
  readonly command: string;
  readonly startedAt: string;
  readonly scale: string;
  readonly db: "sqlite" | "postgres";
  /** Set when the run covers less than the scale (fewer provinces or months). */
  readonly partial?: string;
  readonly description: string;
  readonly seed: number;
  readonly data: {
    readonly units: number;
    readonly reportingUnits: number;
    readonly indicators: number;
    readonly storedIndicators: number;
    readonly months: number;
    readonly firstMonth: string;
    readonly lastMonth: string;
    readonly values: number;
    readonly batches: number;
    readonly batchSize: string;
    readonly root: string;
  };
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memory: number;
    readonly os: string;
    readonly node: string;
    readonly engine: string;
    /** Hash of src/engine and src/store as measured. */
    readonly code: string;
    /** os.loadavg() (1, 5, 15 min) at the start and end: other work on the machine shows here. */
    readonly loadAverage?: { readonly start: readonly number[]; readonly end: readonly number[] };
    readonly settings?: Readonly<Record<string, string>>;
  };
  readonly setupSeconds: number;
  readonly load: {
    readonly seconds: number;
    readonly perSecond: number;
    /** Rate over the first and the last tenth of the batches (does it slow down as tables grow?). */
    readonly firstTenthPerSecond: number;
    /** The engine entry each batch went through (absent in results before 2026-12-05: `write`). */
    readonly via?: "import" | "write";
    readonly lastTenthPerSecond: number;
    readonly batch: Timing;
  };
  readonly raw: readonly {
    readonly method: string;
    readonly seconds: number;
    readonly perSecond: number;
  }[];
  readonly query: Timing;
  readonly naive: Timing;
  /** (f) the same report from a peer engine over the same raw values, when run. */
  readonly peer?: {
    readonly engine: string;
    readonly load: { readonly seconds: number; readonly perSecond: number };
    readonly report: Timing;
    readonly fileBytes: number;
    /** Where its figures differ from the engine's; empty when all agree. */
    readonly problems: readonly string[];
  };
  readonly write: Timing;
  readonly check: {
    readonly month: string;
    readonly indicators: number;
    readonly problems: readonly string[];
  };
  readonly rss: { readonly peak: number; readonly byPhase: Readonly<Record<string, number>> };
  readonly sizes: {
    readonly databaseBytes: number;
    readonly tables: readonly { table: string; rows: number; bytes: number | null }[];
  };
  readonly totalSeconds: number;
}

/** The fastest raw method, if any was timed. */
export function bestRaw(result: BenchResult) {
  return [...result.raw].sort((a, b) => b.perSecond - a.perSecond)[0];
}

/** The goals of the issue, judged on this run (they are set for L on PostgreSQL). */
export function goals(result: BenchResult): { goal: string; figure: string; met: boolean }[] {
  const raw = bestRaw(result);
  const speedup = result.naive.p50 / result.query.p50;
  const loadRatio = raw ? result.load.perSecond / raw.perSecond : Number.NaN;
  return [
    { goal: "(a) p50 ≤ 100 ms", figure: ms(result.query.p50), met: result.query.p50 <= 100 },
    {
      goal: "(a) ≥ 20× faster than (b)",
      figure: `${speedup.toFixed(1)}×`,
      met: speedup >= 20,
    },
    { goal: "(c) p99 ≤ 20 ms", figure: ms(result.write.p99), met: result.write.p99 <= 20 },
    {
      goal: "(d) ≥ 0.3 of raw",
      figure: Number.isFinite(loadRatio) ? loadRatio.toFixed(3) : "–",
      met: loadRatio >= 0.3,
    },
  ];
}

/** The run as Markdown (the section of BENCHMARKS.md). */
export function markdown(result: BenchResult): string {
  const raw = bestRaw(result);
  const speedup = result.naive.p50 / result.query.p50;
  const d = result.data;
  const m = result.machine;
  const lines: string[] = [];
  const title = `${result.scale} on ${result.db === "postgres" ? "PostgreSQL" : "SQLite"}`;
  lines.push(`### ${title}${result.partial ? ` — partial: ${result.partial}` : ""}`, "");
  lines.push(
    `Command: \`${result.command}\` (run ${result.startedAt}, ${duration(result.totalSeconds)} in all; ` +
      `src/engine + src/store sha256 \`${m.code}\`)`,
    "",
  );
  lines.push(
    `Data: ${d.units.toLocaleString("en-US")} units (${d.reportingUnits.toLocaleString("en-US")} reporting, root \`${d.root}\`), ` +
      `${d.indicators} indicators (${d.storedIndicators} stored, ${d.indicators - d.storedIndicators} derived), ` +
      `${d.months} months ${d.firstMonth}…${d.lastMonth}: **${d.values.toLocaleString("en-US")} values** ` +
      `in ${d.batches.toLocaleString("en-US")} batches of ${d.batchSize}; seed ${result.seed}.`,
    "",
  );
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${mib(m.memory)} RAM, ${m.os}, Node ${m.node}; ${m.engine}.` +
      (m.loadAverage
        ? ` Load average (1/5/15 min) ${m.loadAverage.start.join(" / ")} at the start, ${m.loadAverage.end.join(" / ")} at the end.`
        : ""),
  );
  if (m.settings) {
    lines.push(
      `Server settings: ${Object.entries(m.settings)
        .filter(([k]) => k !== "server_version")
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}.`,
    );
  }
  lines.push("");
  lines.push("| measure | result |", "| --- | --- |");
  lines.push(
    `| (a) monthly report of the root, engine (${result.query.runs} runs) | p50 **${ms(result.query.p50)}**, p95 ${ms(result.query.p95)} (min ${ms(result.query.min)}, max ${ms(result.query.max)}) |`,
  );
  lines.push(
    `| (b) same report, one naive SQL query over raw values (${result.naive.runs} runs) | p50 **${ms(result.naive.p50)}**, p95 ${ms(result.naive.p95)} (min ${ms(result.naive.min)}, max ${ms(result.naive.max)}) |`,
  );
  lines.push(
    `| a / b (p50) | **${(result.query.p50 / result.naive.p50).toFixed(4)}** — the engine is ${speedup.toFixed(1)}× faster |`,
  );
  const peer = result.peer;
  if (peer) {
    lines.push(
      `| (f) same report, ${peer.engine} over the same raw values (${peer.report.runs} runs) | p50 **${ms(peer.report.p50)}**, p95 ${ms(peer.report.p95)}; engine ÷ peer (p50) **${(result.query.p50 / peer.report.p50).toFixed(3)}** |`,
      `| (f) ${peer.engine} load: appender, no audit or roll-ups | ${rate(peer.load.perSecond)} (${duration(peer.load.seconds)}); file ${mib(peer.fileBytes)} |`,
      `| (f) check: engine = peer | ${peer.problems.length === 0 ? "all figures agree" : `**${peer.problems.length} differences**: ${peer.problems.slice(0, 3).join("; ")}`} |`,
    );
  }
  lines.push(
    `| (c) one value write with roll-ups and audit (${result.write.runs} writes) | p50 **${ms(result.write.p50)}**, p99 **${ms(result.write.p99)}** (max ${ms(result.write.max)}) |`,
  );
  lines.push(
    `| (d) bulk load through \`engine.${result.load.via ?? "write"}\` | **${rate(result.load.perSecond)}** (${duration(result.load.seconds)}; first tenth ${rate(result.load.firstTenthPerSecond)}, last tenth ${rate(result.load.lastTenthPerSecond)}; batch p50 ${ms(result.load.batch.p50)}) |`,
  );
  for (const r of result.raw) {
    lines.push(
      `| (d) raw insert of the same rows, ${r.method} | ${rate(r.perSecond)} (${duration(r.seconds)}) |`,
    );
  }
  if (raw) {
    lines.push(
      `| (d) engine / raw (fastest raw: ${raw.method}) | **${(result.load.perSecond / raw.perSecond).toFixed(3)}** |`,
    );
  }
  lines.push(
    `| (e) peak RSS of the benchmark process | **${mib(result.rss.peak)}** (${Object.entries(
      result.rss.byPhase,
    )
      .map(([phase, bytes]) => `${phase} ${mib(bytes)}`)
      .join(", ")}) |`,
  );
  lines.push(
    `| setup (units, catalogue, targets) | ${duration(result.setupSeconds)} |`,
    `| database after the run | ${mib(result.sizes.databaseBytes)}: ${result.sizes.tables
      .map(
        (t) =>
          `${t.table} ${t.rows.toLocaleString("en-US")} rows${t.bytes === null ? "" : ` ${mib(t.bytes)}`}`,
      )
      .join(", ")} |`,
    `| check: engine = naive for ${result.check.month} | ${result.check.problems.length === 0 ? `all ${result.check.indicators} indicators agree (value, year to date, same period last year, plan, % of plan)` : `**${result.check.problems.length} differences**: ${result.check.problems.slice(0, 5).join("; ")}`} |`,
  );
  lines.push("", "Goals (set for L on PostgreSQL; shown for every run):", "");
  for (const g of goals(result))
    lines.push(`- ${g.met ? "met" : "**missed**"}: ${g.goal} — ${g.figure}`);
  return lines.join("\n");
}

/** Prints the run to the console. */
export function print(result: BenchResult): void {
  console.log("");
  console.log(markdown(result));
  console.log("");
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Writes the JSON and replaces (or appends) the run's section of BENCHMARKS.md. */
export function record(result: BenchResult): string {
  const resultsDir = join(ROOT, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const name = `${result.scale}-${result.db}${result.partial ? "-partial" : ""}`;
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const file = join(ROOT, "BENCHMARKS.md");
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${markdown(result)}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${section}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  return file;
}
