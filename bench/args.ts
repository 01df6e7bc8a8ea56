/** The benchmark's command line: `npm run bench -- --scale S|M|L --db sqlite|postgres [options]`. */
import { parseArgs } from "node:util";

export type Scale = "S" | "M" | "L";
export type DbEngine = "sqlite" | "postgres";
/**
 * How the raw rate inserts into PostgreSQL: `COPY … FROM STDIN` (the default: PostgreSQL's fastest
 * load), multi-row VALUES, or one INSERT … SELECT FROM unnest(arrays).
 */
export type RawMethod = "copy" | "values" | "unnest";
const RAW_METHODS: readonly string[] = ["copy", "values", "unnest"] satisfies RawMethod[];

export interface BenchArgs {
  readonly scale: Scale;
  readonly db: DbEngine;
  readonly seed: number;
  /** Months of data (default: the scale's); fewer gives a documented partial run. */
  readonly months?: number;
  /** Provinces/groups kept at L (default: all 34); fewer gives a documented partial run. */
  readonly groups?: number;
  /** Timed runs of the engine's report query (a) and of the naive query (b). */
  readonly queryRuns: number;
  readonly naiveRuns: number;
  /** Timed single-value writes (c). */
  readonly writeRuns: number;
  /** PostgreSQL raw-insert methods to time (the fastest is the raw rate). */
  readonly rawMethods: readonly RawMethod[];
  /**
   * Which engine entry (d) loads each batch through: `write` (the default: `engine.write`, the
   * ordinary path) or `import` (`engine.import`, the entry a file import uses, whose bulk path
   * takes over after 20,000 values). For batches of a province × month (≈29,100 values) `write`
   * is the faster of the two (BENCHMARKS.md, "COPY on PostgreSQL"): the bulk path's fixed costs
   * (statistics, a roll-up rebuild) pay off only for imports of hundreds of thousands of values.
   */
  readonly load: "import" | "write";
  /** Skip the raw insert (d, raw side) — for quick looks only. */
  readonly skipRaw: boolean;
  /** Also compute the report with DuckDB over the same raw values (f). */
  readonly peer?: "duckdb";
  /** PostgreSQL server, without a database name. */
  readonly pgUrl: string;
  /** Where the SQLite files go (default: a new folder under the system temp dir). */
  readonly sqliteDir?: string;
  /** Keep the databases after the run. */
  readonly keep: boolean;
  /** Write the section of BENCHMARKS.md (default on). */
  readonly record: boolean;
  /** The command as typed, for the record. */
  readonly command: string;
}

const USAGE = `usage: npm run bench -- --scale S|M|L --db sqlite|postgres
  [--seed N] [--months N] [--groups N] [--query-runs N] [--naive-runs N] [--write-runs N]
  [--raw-methods copy,values,unnest (default copy)] [--load write|import (default write)] [--skip-raw] [--peer duckdb] [--pg-url postgres://postgres@127.0.0.1:5432]
  [--sqlite-dir DIR] [--keep] [--no-record]`;

/** A wrong command line (exit code 2) or `--help` (exit code 0): print the message, no stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Parses the arguments; throws a `UsageError` with the usage on anything wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  try {
    return parse(argv);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
}

function parse(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scale: { type: "string" },
      db: { type: "string" },
      seed: { type: "string", default: "20251125" },
      months: { type: "string" },
      groups: { type: "string" },
      "query-runs": { type: "string" },
      "naive-runs": { type: "string" },
      "write-runs": { type: "string" },
      "raw-methods": { type: "string", default: "copy" },
      "skip-raw": { type: "boolean", default: false },
      load: { type: "string", default: "write" },
      peer: { type: "string" },
      "pg-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
      "sqlite-dir": { type: "string" },
      keep: { type: "boolean", default: false },
      "no-record": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) throw new UsageError(USAGE, 0);
  const scale = values.scale?.toUpperCase();
  if (scale !== "S" && scale !== "M" && scale !== "L")
    throw new UsageError(`--scale?\n${USAGE}`, 2);
  const db = values.db?.toLowerCase();
  if (db !== "sqlite" && db !== "postgres") throw new UsageError(`--db?\n${USAGE}`, 2);
  const rawMethods = (values["raw-methods"] ?? "").split(",").filter(Boolean);
  for (const m of rawMethods) {
    if (!RAW_METHODS.includes(m)) throw new UsageError(`--raw-methods: ${m}?\n${USAGE}`, 2);
  }
  if (values.load !== "import" && values.load !== "write")
    throw new UsageError(`--load: ${values.load}?\n${USAGE}`, 2);
  if (values.peer !== undefined && values.peer !== "duckdb")
    throw new UsageError(`--peer: ${values.peer}?\n${USAGE}`, 2);
  const int = (name: string, text: string | undefined, fallback?: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name}: ${text}?\n${USAGE}`, 2);
    return n;
  };
  const large = scale === "L";
  return {
    scale,
    db,
    seed: int("seed", values.seed, 1) as number,
    months: int("months", values.months),
    groups: int("groups", values.groups),
    queryRuns: int("query-runs", values["query-runs"], 60) as number,
    naiveRuns: int("naive-runs", values["naive-runs"], large ? 12 : 24) as number,
    writeRuns: int("write-runs", values["write-runs"], 1000) as number,
    rawMethods: rawMethods as RawMethod[],
    load: values.load,
    skipRaw: values["skip-raw"] ?? false,
    ...(values.peer === "duckdb" ? { peer: "duckdb" as const } : {}),
    pgUrl: (values["pg-url"] ?? "").replace(/\/+$/, ""),
    sqliteDir: values["sqlite-dir"],
    keep: values.keep ?? false,
    record: !(values["no-record"] ?? false),
    command: `npm run bench -- ${argv.join(" ")}`.trim(),
  };
}
