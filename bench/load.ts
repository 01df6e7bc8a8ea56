/**
 * The HTTP load benchmark (a script, not a test):
 *
 *   npm run bench:load -- --db sqlite|postgres [--duration 30] [--connections 50] [--writes 10]
 *     [--workers 1] [--pg-db baocao_bench_load] [--serve-url URL] [--label NAME] [--rate N]
 *     [--compressed]
 *
 * Loads the demo (reference dataset and accounts) into a fresh database with `baocao demo
 * --no-serve`, starts `baocao serve` in its own process, then fires from this process with
 * autocannon: per connection a repeating sequence of dashboard reads (the town, August 2023) and
 * value saves (each a new value of a ward, with its version check), `--writes` saves in every
 * hundred requests. Prints throughput, latency p50/p99 and errors and writes
 * bench/results/load-<db>-writes<N>[-w<workers>][-<label>].json. `--workers` serves with that many
 * processes; `--serve-url` makes the server use another URL to the same database than the one the
 * demo is loaded through (pgbouncer's, say); `--pg-db` names the database made for the run.
 * `--rate N` offers N requests/s in all (autocannon's `overallRate`) instead of as many as the
 * server answers. Its latencies are not latency at an even load: autocannon 8 sends each second's
 * quota back to back as the second starts (bursts), and "corrects" for coordinated omission with
 * an expected interval of ceil(1 / per-connection rate) = 1 ms, adding made-up samples for every
 * response slower than that (BENCHMARKS.md, "Issue 19 again, quiet"). Use it to compare runs with
 * each other; for latency at a given throughput, lower `--connections` instead. Without it the
 * run measures saturation, where latency is mostly queueing. `--compressed` reads as a browser does, with
 * `Accept-Encoding: gzip, deflate, br` (autocannon sends none by default, so the server's
 * compression is not exercised without it).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_PASSWORD } from "../src/cli/demo-accounts.ts";
import { runBaocao, serveBaocao } from "./baocao-process.ts";

const ROOT = join(import.meta.dirname, "..");
const PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "50" },
    writes: { type: "string", default: "10" },
    port: { type: "string", default: "3999" },
    profile: { type: "string" },
    workers: { type: "string", default: "1" },
    "pg-db": { type: "string", default: "baocao_bench_load" },
    "serve-url": { type: "string" },
    label: { type: "string" },
    rate: { type: "string" },
    compressed: { type: "boolean", default: false },
  },
});
const rate = args.rate === undefined ? undefined : Number(args.rate);
const PG_DB = args["pg-db"];
const workers = Number(args.workers);
const db = args.db === "postgres" ? "postgres" : "sqlite";
const duration = Number(args.duration);
const connections = Number(args.connections);
const writesPerHundred = Number(args.writes);
const port = Number(args.port);
const base = `http://127.0.0.1:${port}`;

async function main(): Promise<void> {
  const { databaseUrl, dispose } = await freshDatabase();
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  console.log(`loading the demo into ${databaseUrl} …`);
  await runBaocao(["demo", "--no-serve"], env);
  // `--profile DIR` writes a CPU profile of the server (node --cpu-prof) for finding hot spots.
  const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [];
  const serveEnv = { ...env, DATABASE_URL: args["serve-url"] ?? databaseUrl };
  const server = await serveBaocao(port, serveEnv, profile, ["--workers", String(workers)]);
  try {
    const viewer = await signIn("xem");
    const admin = await signIn("admin");
    const reads = 100 - writesPerHundred;
    let next = 0;
    const save: autocannon.Request = {
      method: "PUT",
      path: "/api/values",
      headers: { ...admin, "content-type": "application/json" },
      // One of a ward's monthly counts, in a month of 2014-01…2021-12 (the eight wards existed;
      // the dataset starts in 2022): 3,072 keys, each first saved as new (version 0), then, when
      // a fast run has gone round them all, revised with its version check (the k-th round
      // expects version k; the save before on that key was 3,072 saves earlier).
      setupRequest: (request: autocannon.Request) => {
        const n = next++;
        const keys = WARDS.length * SAVED.length * 96;
        const unit = WARDS[n % WARDS.length];
        const indicator = SAVED[Math.floor(n / WARDS.length) % SAVED.length];
        const month = 2014 * 12 + (Math.floor(n / (WARDS.length * SAVED.length)) % 96);
        const period = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
        const expectedVersion = Math.floor(n / keys);
        request.body = JSON.stringify({
          values: [{ indicator, unit, period, value: n % 97, expectedVersion }],
        });
        return request;
      },
    };
    const read: autocannon.Request = {
      method: "GET",
      path: "/api/dashboard?unit=NGA_NAM&period=2023-08",
      headers: args.compressed ? { ...viewer, "accept-encoding": "gzip, deflate, br" } : viewer,
    };
    const sequence = Array.from({ length: 100 }, (_, i) =>
      i % Math.round(100 / Math.max(writesPerHundred, 1)) === 0 && writesPerHundred > 0
        ? save
        : read,
    );
    const load = os.loadavg()[0];
    const result = await autocannon({
      url: base,
      connections,
      duration,
      requests: sequence,
      ...(rate ? { overallRate: rate } : {}),
    });
    const summary = {
      command: `npm run bench:load -- ${process.argv.slice(2).join(" ")}`,
      workers,
      through: args["serve-url"] ? "the --serve-url (pgbouncer)" : "direct",
      at: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}`,
      loadAverageAtStart: load,
      offered: rate ? `${rate} requests/s (overallRate)` : "as many as answered (saturation)",
      readsAccept: args.compressed ? "gzip, deflate, br" : "no Accept-Encoding",
      mix: `${reads} dashboard reads : ${writesPerHundred} value saves per 100 requests`,
      requests: result.requests.total,
      throughputPerSecond: result.requests.average,
      latencyMs: {
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
      savesSent: next,
      // How many dashboards were computed (misses) and given from the cache: one worker's count
      // (with several, whichever answers /metrics).
      answerCache: await answerCacheCounts(),
    };
    console.log(JSON.stringify(summary, null, 2));
    writeFileSync(
      join(ROOT, `bench/results/${resultName()}.json`),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
  } finally {
    await server.stop();
    await dispose();
  }
}

function resultName(): string {
  const tail = `${workers > 1 ? `-w${workers}` : ""}${rate ? `-rate${rate}` : ""}${args.compressed ? "-br" : ""}${args.label ? `-${args.label}` : ""}`;
  return `load-${db}-writes${writesPerHundred}${tail}`;
}

// Counts the wards report that take a plain total (no disaggregation) and hold nothing before 2022.
const SAVED = ["jobs_created", "mediation_cases", "mediation_succeeded", "crop_damage_households"];
const WARDS = [
  "PHUONG_1",
  "PHUONG_2",
  "PHUONG_3",
  "PHUONG_VINH_QUOI",
  "XA_TAN_LONG",
  "XA_LONG_BINH",
  "XA_MY_QUOI",
  "XA_MY_BINH",
];

async function freshDatabase(): Promise<{ databaseUrl: string; dispose: () => Promise<void> }> {
  if (db === "sqlite") {
    const dir = mkdtempSync(join(os.tmpdir(), "baocao-load-"));
    return {
      databaseUrl: `sqlite:${join(dir, "load.db")}`,
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${PG_DB} with (force)`);
  await admin(`create database ${PG_DB}`);
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:5432/${PG_DB}`,
    dispose: () => admin(`drop database if exists ${PG_DB} with (force)`),
  };
}

/** The server's answer cache counts from /metrics (served to the machine itself). */
async function answerCacheCounts(): Promise<{ hits: number; misses: number } | null> {
  const response = await fetch(`${base}/metrics`);
  if (!response.ok) return null;
  const text = await response.text();
  const count = (result: string) =>
    Number(new RegExp(`baocao_answer_cache_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1]);
  return { hits: count("hit"), misses: count("miss") };
}

/** Signs in and returns the headers of that session: its cookie and its CSRF token. */
async function signIn(username: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`sign in ${username}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
