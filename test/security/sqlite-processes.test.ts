import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.ts";
import { townEngine } from "../engine/fixture.ts";
import { countRows } from "../support/tables.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const WRITER = join(import.meta.dirname, "support/write-cells.ts");
const WRITES = 150;
const IMPORTED_UNITS = ["P3", "LB"];
const IMPORTED_INDICATORS = ["received", "resolved", "pending", "loans", "revenue"];
const IMPORTED = IMPORTED_UNITS.length * IMPORTED_INDICATORS.length * 20 * 12;

// The probe's finding: with two server processes on one SQLite file, 314 of 1,000 writes to
// different cells failed with SQLITE_BUSY (deferred transactions: the busy timeout never
// applied), and a CLI import during a server's writes failed with "database is locked". Write
// transactions now take the lock at their start and wait for it.
describe("security: several processes and a CLI import share one SQLite file", () => {
  let dir: string;
  let path: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-processes-"));
    path = join(dir, "shared.db");
    const store: Store = await openStore({ engine: "sqlite", path });
    await townEngine(store);
    await store.close();
    const rows = ["unit,indicator,period,disaggregation,value,status,note"];
    // Every unit × indicator × 20 years × 12 months once: 240 rows per unit and indicator.
    for (let i = 0; i < IMPORTED; i++) {
      const unit = IMPORTED_UNITS[Math.floor(i / 1200)];
      const indicator = IMPORTED_INDICATORS[Math.floor(i / 240) % IMPORTED_INDICATORS.length];
      const period = `${2001 + (Math.floor(i / 12) % 20)}-${String((i % 12) + 1).padStart(2, "0")}`;
      rows.push(`${unit},${indicator},${period},,${i},official,`);
    }
    writeFileSync(join(dir, "values.csv"), `${rows.join("\n")}\n`);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loses no write: two writer processes and an import, all at once", async () => {
    const writer = (unit: string) =>
      run(process.execPath, ["--import", "tsx", WRITER, path, unit, String(WRITES)], { cwd: ROOT });
    const importer = run(
      process.execPath,
      [join(ROOT, "bin/baocao.js"), "import", join(dir, "values.csv"), "--by", "cli"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${path}` } },
    );
    const [a, b, imported] = await Promise.all([writer("P1"), writer("P2"), importer]);
    expect(JSON.parse(a.stdout)).toEqual({ written: WRITES, failures: [] });
    expect(JSON.parse(b.stdout)).toEqual({ written: WRITES, failures: [] });
    expect(imported.stderr).not.toMatch(/locked|busy|Lỗi/i);
    const store = await openStore({ engine: "sqlite", path });
    try {
      expect(await countRows(store, "data_values")).toBe(2 * WRITES + IMPORTED);
    } finally {
      await store.close();
    }
  }, 180_000);
});
