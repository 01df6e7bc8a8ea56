/**
 * The benchmark of the aggregation engine (a script, not a test):
 *
 *   npm run bench -- --scale S|M|L --db sqlite|postgres
 *
 * Generates a seeded synthetic data set, then measures (a) the monthly report of the root
 * through `engine.query`, (b) the same figures from one naive SQL query over raw values,
 * (c) single-value writes with roll-ups and audit, (d) the bulk load through `engine.write`
 * (or `engine.import`, `--load import`) beside a raw `COPY` (or insert) of the same rows, and (e) the peak RSS; prints them and records them in
 * BENCHMARKS.md. Every database it creates is fresh and dropped at the end (unless `--keep`).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { Engine, type Measure, type ValueInput } from "../src/engine/index.ts";
import { migrateToLatest, openStore, type Store } from "../src/store/index.ts";
import type { DataValueTable } from "../src/store/schema.ts";
import { type BenchArgs, parseBenchArgs, type RawMethod, UsageError } from "./args.ts";
import {
  BenchRepository,
  dropPostgresDatabase,
  openRawSqlite,
  postgresSettings,
  RawPostgresInserter,
  RawSqliteInserter,
  recreatePostgresDatabase,
} from "./bench-store.ts";
import {
  batchCount,
  type GeneratedCatalogue,
  type GeneratedUnits,
  generateBatches,
  generateCatalogue,
  generateTargets,
  generateUnits,
  LAST_MONTH,
  mixSeed,
  monthList,
  mulberry32,
  SCALES,
} from "./generate.ts";
import { duration, now, RssSampler, rate, summarise, timed } from "./measure.ts";
import { compareFigures, engineFigures, naiveReport, parseFormulas } from "./naive.ts";
import { type BenchResult, print, record } from "./report.ts";

const REPORT_MEASURES: Measure[] = ["value", "ytd", "same_period_last_year", "targets"];
const IMPORTER = { by: "bench-import", via: "import" } as const;
const CLERK = { by: "bench-clerk", via: "form" } as const;

/** A fresh database of the chosen engine: opened as a store, thrown away by `dispose`. */
interface FreshDatabase {
  readonly name: string;
  /** SQLite file path or PostgreSQL URL. */
  readonly location: string;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

async function freshDatabase(args: BenchArgs, name: string, dir: string): Promise<FreshDatabase> {
  if (args.db === "postgres") {
    await withAdmin(args, (admin) => recreatePostgresDatabase(admin, name));
    const url = `${args.pgUrl}/${name}`;
    return {
      name,
      location: url,
      open: () => openStore({ engine: "postgres", url }),
      dispose: async () => {
        if (!args.keep) await withAdmin(args, (admin) => dropPostgresDatabase(admin, name));
      },
    };
  }
  const path = join(dir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  return {
    name,
    location: path,
    open: () => openStore({ engine: "sqlite", path }),
    dispose: async () => {
      if (!args.keep)
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    },
  };
}

async function withAdmin<T>(args: BenchArgs, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${args.pgUrl}/postgres` });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The row a raw insert writes for a value: what the engine stores for a first write. */
function rawRow(input: ValueInput, at: string): DataValueTable {
  return {
    indicator_code: input.indicator,
    unit_code: input.unit,
    period: input.period,
    disaggregation: "",
    value: input.value,
    text_value: null,
    status: "official",
    note: "",
    source: "",
    version: 1,
    updated_at: at,
    updated_by: IMPORTER.by,
  };
}

/** Prints progress of a long loop on stderr, about every 5%. */
function progress(label: string, total: number) {
  const started = now();
  const step = Math.max(1, Math.round(total / 20));
  return (done: number, values: number) => {
    if (done % step !== 0 && done !== total) return;
    const seconds = (now() - started) / 1000;
    const eta = (seconds / done) * (total - done);
    console.error(
      `[${label}] ${((done / total) * 100).toFixed(0)}% ${values.toLocaleString("en-US")} values, ` +
        `${rate(values / seconds)}, ${duration(seconds)} so far, ETA ${duration(eta)}`,
    );
  };
}

/** Opens the schema and the units and catalogue (the raw table has the same foreign keys). */
async function prepare(
  database: FreshDatabase,
  units: GeneratedUnits,
  catalogue: GeneratedCatalogue,
): Promise<{ store: Store; engine: Engine }> {
  const store = await database.open();
  await migrateToLatest(store);
  const engine = await Engine.open(store);
  await engine.saveUnits(units.units);
  await engine.saveCatalogue(catalogue.input);
  return { store, engine };
}

/** (d), raw side: the same rows inserted straight into a fresh database's `data_values`. */
async function rawLoad(
  args: BenchArgs,
  method: RawMethod | "multi-row VALUES",
  dir: string,
  units: GeneratedUnits,
  catalogue: GeneratedCatalogue,
  months: readonly string[],
  at: string,
): Promise<{ method: string; seconds: number; perSecond: number }> {
  const database = await freshDatabase(args, `baocao_bench_${args.scale.toLowerCase()}_raw`, dir);
  try {
    const { store } = await prepare(database, units, catalogue);
    await new BenchRepository(store.db).checkpoint(args.db);
    await store.close();
    let insert: (rows: DataValueTable[]) => Promise<void> | void;
    let close: () => Promise<void>;
    if (args.db === "postgres") {
      const client = new pg.Client({ connectionString: database.location });
      await client.connect();
      const inserter = new RawPostgresInserter(client, method as RawMethod);
      insert = (rows) => inserter.insert(rows);
      close = () => client.end();
    } else {
      const native = openRawSqlite(database.location);
      const inserter = new RawSqliteInserter(native);
      insert = (rows) => inserter.insert(rows);
      close = async () => {
        native.close();
      };
    }
    const label =
      args.db === "postgres"
        ? method === "copy"
          ? "COPY data_values (…) FROM STDIN, one COPY per batch (pg-copy-streams)"
          : method === "unnest"
            ? "INSERT … SELECT FROM unnest(column arrays), one statement per batch"
            : "multi-row INSERT … VALUES (1,000 rows a statement, prepared)"
        : "prepared multi-row INSERT … VALUES (500 rows a statement), a transaction per batch";
    const total = batchCount(units, months);
    const tick = progress(`raw ${method}`, total);
    let spent = 0;
    let values = 0;
    let done = 0;
    try {
      for (const batch of generateBatches(units, catalogue, months, args.seed)) {
        const rows = batch.values.map((v) => rawRow(v, at));
        const start = now();
        await insert(rows);
        spent += now() - start;
        values += rows.length;
        tick(++done, values);
      }
    } finally {
      await close();
    }
    return { method: label, seconds: spent / 1000, perSecond: values / (spent / 1000) };
  } finally {
    await database.dispose();
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const started = now();
  // Hashed now: the sources may change while a long run goes on; this is what was loaded.
  const code = codeHash();
  // Other work on the machine (a test run, another benchmark) shows up here; see BENCHMARKS.md.
  const loadAtStart = os.loadavg();
  const sampler = new RssSampler();
  const spec = SCALES[args.scale];
  const allUnits = generateUnits(spec, args.seed);
  const units = keepGroups(allUnits, args.groups ?? spec.groups);
  const catalogue = generateCatalogue(spec.indicators, args.seed);
  const months = monthList(args.months ?? spec.months);
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const targets = generateTargets(units.root, catalogue, units.reporting.length, years, args.seed);
  const totalValues = units.reporting.length * catalogue.stored.length * months.length;
  const batches = batchCount(units, months);
  const reportMonths = months.filter((m) => m.startsWith(LAST_MONTH.slice(0, 4)));
  const partial =
    units.groups.length < spec.groups || months.length < spec.months
      ? `${units.groups.length} of ${spec.groups} ${args.scale === "L" ? "provinces" : "groups"} × ${months.length} of ${spec.months} months`
      : undefined;
  console.error(
    `bench ${args.scale} on ${args.db}: ${units.units.length} units, ${catalogue.indicators.length} indicators, ` +
      `${months.length} months → ${totalValues.toLocaleString("en-US")} values in ${batches} batches` +
      (partial ? ` (partial: ${partial})` : ""),
  );
  const dir = args.sqliteDir ?? mkdtempSync(join(os.tmpdir(), "baocao-bench-"));
  // The temporary folder goes however the run ends (SQLite files inside are removed on dispose).
  if (!args.sqliteDir && !args.keep)
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const at = new Date().toISOString();

  // (d) raw side first, on its own fresh database, dropped before the engine's load starts.
  const raw: BenchResult["raw"][number][] = [];
  if (!args.skipRaw) {
    const methods: (RawMethod | "multi-row VALUES")[] =
      args.db === "postgres" ? [...args.rawMethods] : ["multi-row VALUES"];
    for (const method of methods) {
      sampler.enter(`raw ${method}`);
      const result = await rawLoad(args, method, dir, units, catalogue, months, at);
      console.error(
        `[raw] ${result.method}: ${rate(result.perSecond)} in ${duration(result.seconds)}`,
      );
      raw.push(result);
    }
  }

  const database = await freshDatabase(args, `baocao_bench_${args.scale.toLowerCase()}`, dir);
  let store: Store | undefined;
  try {
    sampler.enter("setup");
    const setupStart = now();
    const opened = await prepare(database, units, catalogue);
    store = opened.store;
    const { engine } = opened;
    await engine.saveTargets(targets);
    const setupSeconds = (now() - setupStart) / 1000;
    const db = store.db;
    const bench = new BenchRepository(db);
    await bench.checkpoint(args.db);

    // (d) bulk load through the engine, one batch (a town or province × a month) at a time,
    // through `engine.write` (the faster entry for batches of this size, see args.ts) or, with
    // `--load import`, the entry a file import uses.
    const loadBatch: (values: readonly ValueInput[]) => Promise<unknown> =
      args.load === "import"
        ? (values: readonly ValueInput[]) => engine.import({ values }, IMPORTER)
        : (values: readonly ValueInput[]) => engine.write(values, IMPORTER);
    sampler.enter("load");
    const batchTimes: number[] = [];
    const batchValues: number[] = [];
    const tick = progress("engine load", batches);
    for (const batch of generateBatches(units, catalogue, months, args.seed)) {
      const { ms } = await timed(() => loadBatch(batch.values));
      batchTimes.push(ms);
      batchValues.push(batch.values.length);
      tick(
        batchTimes.length,
        batchValues.reduce((a, b) => a + b, 0),
      );
    }
    const loadMs = batchTimes.reduce((a, b) => a + b, 0);
    const tenth = Math.max(1, Math.floor(batchTimes.length / 10));
    const rateOf = (from: number, to: number) =>
      batchValues.slice(from, to).reduce((a, b) => a + b, 0) /
      (batchTimes.slice(from, to).reduce((a, b) => a + b, 0) / 1000);
    const load = {
      seconds: loadMs / 1000,
      perSecond: totalValues / (loadMs / 1000),
      firstTenthPerSecond: rateOf(0, tenth),
      via: args.load,
      lastTenthPerSecond: rateOf(batchTimes.length - tenth, batchTimes.length),
      batch: summarise(batchTimes),
    };
    console.error(`[load] ${rate(load.perSecond)} in ${duration(load.seconds)}`);
    // After a large load autovacuum analyzes the tables; do it now rather than at a random moment.
    if (args.db === "postgres") await bench.analyze();
    await bench.checkpoint(args.db);

    // Both answers must agree before their timings mean anything.
    sampler.enter("query");
    const formulas = parseFormulas(engine.catalogue);
    const request = (month: string) => ({
      units: [units.root],
      periods: [month],
      measures: REPORT_MEASURES,
    });
    const engineRows = await engine.query(request(LAST_MONTH));
    const naiveRows = await naiveReport(
      store.db,
      engine.catalogue,
      formulas,
      units.root,
      LAST_MONTH,
    );
    const problems = compareFigures(engineFigures(engineRows), naiveRows);
    console.error(
      problems.length === 0
        ? `[check] engine and naive agree on ${engineRows.length} indicators for ${LAST_MONTH}`
        : `[check] ${problems.length} differences, e.g. ${problems.slice(0, 3).join("; ")}`,
    );

    // (a) the engine's monthly report of the root, each month of the last year in turn.
    for (const month of reportMonths.slice(0, 3)) await engine.query(request(month));
    const queryTimes: number[] = [];
    for (let i = 0; i < args.queryRuns; i++) {
      const month = reportMonths[i % reportMonths.length] as string;
      queryTimes.push((await timed(() => engine.query(request(month)))).ms);
    }
    console.error(`[a] p50 ${summarise(queryTimes).p50.toFixed(1)} ms`);

    // (b) the naive query for the same months.
    sampler.enter("naive");
    await naiveReport(store.db, engine.catalogue, formulas, units.root, reportMonths[0] as string);
    const naiveTimes: number[] = [];
    for (let i = 0; i < args.naiveRuns; i++) {
      const month = reportMonths[i % reportMonths.length] as string;
      naiveTimes.push(
        (await timed(() => naiveReport(db, engine.catalogue, formulas, units.root, month))).ms,
      );
    }
    console.error(`[b] p50 ${summarise(naiveTimes).p50.toFixed(1)} ms`);

    // (f) the same report from DuckDB over the same raw values, when asked for.
    let peer: BenchResult["peer"];
    if (args.peer === "duckdb") {
      sampler.enter("peer");
      const { duckdbPeer } = await import("./peer-duckdb.ts");
      const result = await duckdbPeer({
        store: db,
        catalogue: engine.catalogue,
        formulas,
        units,
        generated: catalogue,
        months,
        seed: args.seed,
        reportMonths,
        checkMonth: LAST_MONTH,
        runs: args.naiveRuns,
        dir,
      });
      const { figures, ...measured } = result;
      peer = { ...measured, problems: compareFigures(engineFigures(engineRows), figures) };
      console.error(
        `[f] ${peer.engine}: load ${rate(peer.load.perSecond)}, report p50 ${peer.report.p50.toFixed(1)} ms, ${peer.problems.length} differences`,
      );
    }

    // (c) one value at a time, as a clerk edits a form: random unit, indicator and month.
    sampler.enter("write");
    const writeTimes = await singleWrites(engine, units, catalogue, months, args, 20);
    console.error(
      `[c] p50 ${summarise(writeTimes).p50.toFixed(2)} ms, p99 ${summarise(writeTimes).p99.toFixed(2)} ms`,
    );

    sampler.enter("stats");
    const sizes = {
      databaseBytes: await bench.databaseBytes(args.db),
      tables: await bench.tableStats(args.db),
    };
    const version = await bench.version(args.db);
    const settings =
      args.db === "postgres"
        ? await withAdmin(args, (admin) => postgresSettings(admin))
        : undefined;
    const peak = sampler.peak();
    sampler.stop();
    const cpus = os.cpus();
    const result: BenchResult = {
      command: args.command,
      startedAt,
      scale: args.scale,
      db: args.db,
      ...(partial ? { partial } : {}),
      description: spec.description,
      seed: args.seed,
      data: {
        units: units.units.length,
        reportingUnits: units.reporting.length,
        indicators: catalogue.indicators.length,
        storedIndicators: catalogue.stored.length,
        months: months.length,
        firstMonth: months[0] as string,
        lastMonth: months.at(-1) as string,
        values: totalValues,
        batches,
        batchSize: `one ${args.scale === "S" ? "town" : "province"} × one month (≈${Math.round(totalValues / batches).toLocaleString("en-US")} values)`,
        root: units.root,
      },
      machine: {
        cpu: cpus[0]?.model ?? "unknown CPU",
        cores: cpus.length,
        memory: os.totalmem(),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        engine: version,
        code,
        loadAverage: {
          start: loadAtStart.map((l) => Number(l.toFixed(2))),
          end: os.loadavg().map((l) => Number(l.toFixed(2))),
        },
        ...(settings ? { settings } : {}),
      },
      setupSeconds,
      load,
      raw,
      query: summarise(queryTimes),
      naive: summarise(naiveTimes),
      ...(peer ? { peer } : {}),
      write: summarise(writeTimes),
      check: { month: LAST_MONTH, indicators: engineRows.length, problems },
      rss: {
        peak: Math.max(peak.sampled, peak.maxRss),
        byPhase: Object.fromEntries(peak.byPhase),
      },
      sizes,
      totalSeconds: (now() - started) / 1000,
    };
    await store.close();
    store = undefined;
    print(result);
    if (args.record) console.error(`recorded in ${record(result)}`);
  } finally {
    if (store) await store.close().catch(() => {});
    await database.dispose();
  }
}

/** (c) Single-value writes with `expectedVersion`, after `warmup` untimed ones. */
async function singleWrites(
  engine: Engine,
  units: GeneratedUnits,
  catalogue: GeneratedCatalogue,
  months: readonly string[],
  args: BenchArgs,
  warmup: number,
): Promise<number[]> {
  const rng = mulberry32(mixSeed(args.seed, 5));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)] as T;
  const versions = new Map<string, number>();
  const times: number[] = [];
  for (let i = 0; i < warmup + args.writeRuns; i++) {
    const unit = pick(units.reporting);
    const indicator = pick(catalogue.stored).input.code;
    const period = pick(months);
    const key = `${indicator}|${unit}|${period}`;
    const version = versions.get(key) ?? 1;
    const input: ValueInput = {
      indicator,
      unit,
      period,
      value: Math.round(rng() * 10_000),
      expectedVersion: version,
      note: "sửa số liệu",
    };
    const { result, ms } = await timed(() => engine.write([input], CLERK));
    if (result.updated !== 1)
      throw new Error(`write ${i} did not update: ${JSON.stringify(result)}`);
    versions.set(key, version + 1);
    if (i >= warmup) times.push(ms);
  }
  return times;
}

/**
 * A short hash of the engine and store sources measured (the benchmark's own repository left
 * out), so a recorded figure can be tied to the code it measured while that code keeps changing.
 */
function codeHash(): string {
  const src = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.startsWith("bench.")) {
        hash.update(path.slice(src.length));
        hash.update(readFileSync(path));
      }
    }
  };
  walk(join(src, "engine"));
  walk(join(src, "store"));
  return hash.digest("hex").slice(0, 12);
}

/** The first `n` groups (provinces) and their units, for a partial run. */
function keepGroups(all: GeneratedUnits, n: number): GeneratedUnits {
  if (n >= all.groups.length) return all;
  const groups = all.groups.slice(0, n);
  const reporting = groups.flat();
  const parents = new Map(all.units.map((u) => [u.code, u.parent]));
  const keep = new Set<string>();
  for (const code of reporting) {
    for (let c: string | null | undefined = code; c; c = parents.get(c)) keep.add(c);
  }
  return { units: all.units.filter((u) => keep.has(u.code)), root: all.root, groups, reporting };
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    (error.exitCode === 0 ? console.log : console.error)(error.message);
    process.exitCode = error.exitCode;
    return;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
