/**
 * The streaming import benchmark (a script, not a test):
 *
 *   node --import tsx bench/import-stream.ts --db sqlite|postgres [--rows 2000000] [--heap 128] [--keep]
 *     [--pg-db baocao_bench_import]
 *
 * Writes a catalogue (a province, a town, 100 communes; 200 count indicators: flows and stocks)
 * and one values CSV of `--rows` rows (months × communes × indicators, sorted by month, then
 * commune), imports the catalogue into a fresh database, then times `baocao import values.csv`
 * in its own process, with its peak resident memory read by /usr/bin/time. Prints rows/s and peak RSS and
 * writes bench/results/import-stream-<db>.json.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const ROOT = join(import.meta.dirname, "..");
const PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres";
const PG_DEFAULT_DB = "baocao_bench_import";
const COMMUNES = 100;
const INDICATORS = 200;

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    rows: { type: "string", default: "2000000" },
    keep: { type: "boolean", default: false },
    /** Old-space limit of the import process in MiB (NODE_OPTIONS=--max-old-space-size), to bound its heap. */
    heap: { type: "string" },
    /** The PostgreSQL database it creates and drops (two runs at once need two names). */
    "pg-db": { type: "string", default: PG_DEFAULT_DB },
  },
});
const PG_DB = args["pg-db"];
if (!/^[a-z_][a-z0-9_]*$/.test(PG_DB)) throw new Error(`--pg-db: ${PG_DB}?`);
const db = args.db === "postgres" ? "postgres" : "sqlite";
const rows = Number(args.rows);
const months = Math.ceil(rows / (COMMUNES * INDICATORS));
const dir = mkdtempSync(join(os.tmpdir(), "baocao-import-bench-"));

function code(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, "0")}`;
}

function catalogue(): string {
  const lines = ["units:"];
  const unit = (c: string, name: string, kind: string, parent: string | null) =>
    lines.push(
      `  - { code: ${c}, nameVi: "${name}", nameEn: "${name}", kind: ${kind}, parent: ${parent ?? "null"}, validFrom: "2000-01-01" }`,
    );
  unit("TINH", "Tỉnh", "province", null);
  unit("THI_XA", "Thị xã", "district", "TINH");
  for (let c = 1; c <= COMMUNES; c++) unit(code("XA_", c), `Xã ${c}`, "commune", "THI_XA");
  lines.push("indicators:");
  for (let i = 1; i <= INDICATORS; i++) {
    const stock = i % 4 === 0;
    lines.push(
      `  - { code: ${code("ct_", i)}, nameVi: "Chỉ tiêu ${i}", nameEn: "Indicator ${i}", sector: economy, unit: ho_so, valueType: integer, aggregation: { overTime: ${stock ? "last" : "sum"}, overUnits: sum } }`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The values file, written in pieces so the generator itself stays small. */
async function values(path: string): Promise<number> {
  const out = createWriteStream(path);
  out.write("unit,indicator,period,disaggregation,value,status,note\n");
  let written = 0;
  let seed = 20251125;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let m = 0; m < months && written < rows; m++) {
    const period = `${2000 + Math.floor(m / 12) + 10}-${String((m % 12) + 1).padStart(2, "0")}`;
    for (let c = 1; c <= COMMUNES && written < rows; c++) {
      let block = "";
      for (let i = 1; i <= INDICATORS && written < rows; i++, written++)
        block += `${code("XA_", c)},${code("ct_", i)},${period},,${Math.floor(random() * 5000)},${i % 7 === 0 ? "estimate" : "official"},\n`;
      if (!out.write(block))
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return written;
}

async function freshDatabase(): Promise<string> {
  if (db === "sqlite") return `sqlite:${join(dir, "bench.db")}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`drop database if exists ${PG_DB}`);
  await admin.query(`create database ${PG_DB}`);
  await admin.end();
  return `postgres://postgres@127.0.0.1:5432/${PG_DB}`;
}

writeFileSync(join(dir, "catalogue.yaml"), catalogue());
const generated = await values(join(dir, "values.csv"));
const url = await freshDatabase();
const env = { ...process.env, DATABASE_URL: url };
const cli = [join(ROOT, "bin/baocao.js")];
// The schema and the catalogue first, so the timed run is the values file alone.
spawnSync("node", [...cli, "import", join(dir, "catalogue.yaml")], { env, stdio: "inherit" });
const started = process.hrtime.bigint();
const heap = args.heap ? { NODE_OPTIONS: `--max-old-space-size=${args.heap}` } : {};
const run = spawnSync(
  "/usr/bin/time",
  ["-f", "%M", "node", ...cli, "import", join(dir, "values.csv")],
  { env: { ...env, ...heap }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const stderr = run.stderr.trim().split("\n");
const peakKb = Number(stderr.at(-1));
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const result = {
  db,
  heapLimitMb: args.heap ? Number(args.heap) : null,
  rows: generated,
  seconds: Number(seconds.toFixed(1)),
  rowsPerSecond: Math.round(generated / seconds),
  peakRssMb: Math.round(peakKb / 1024),
  output: run.stdout.trim(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  at: new Date().toISOString(),
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(
  join(ROOT, `bench/results/import-stream-${db}${args.heap ? `-heap${args.heap}` : ""}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
if (!args.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`Files kept in ${dir}`);
