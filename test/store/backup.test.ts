import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import {
  backupDatabase,
  restoreDatabase,
  type Store,
  type StoreLocation,
} from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";
import { countRows, rowsOf } from "../support/tables.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const WRITER = join(import.meta.dirname, "../security/support/write-cells.ts");
const WRITES = 150;

describeEachEngine("backup while the server writes, and restore", (fresh, kind) => {
  let store: Store;
  let engine: Engine;
  let dir: string;
  let location: StoreLocation;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
    location = store.location as StoreLocation;
    dir = mkdtempSync(join(tmpdir(), "baocao-backup-"));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes WRITES new cells of P1, one save each: in a second process on SQLite, here on PostgreSQL. */
  function keepWriting(): Promise<unknown> {
    if (kind === "sqlite") {
      const path = (location.config as { path: string }).path;
      return run(process.execPath, ["--import", "tsx", WRITER, path, "P1", String(WRITES)], {
        cwd: ROOT,
      });
    }
    return (async () => {
      for (let i = 0; i < WRITES; i++) {
        const period = `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
        await engine.write([{ indicator: "received", unit: "P1", period, value: i }], clerk);
      }
    })();
  }

  /** Every value has its audit entry and every roll-up equals a rebuild from the raw values. */
  async function expectWhole(): Promise<void> {
    expect(await countRows(store, "value_audit")).toBe(await countRows(store, "data_values"));
    const rollups = await rowsOf(store, "rollups");
    await engine.rebuildRollups();
    expect(rollups).toEqual(await rowsOf(store, "rollups"));
  }

  it("copies one consistent moment while saves go on, and restores exactly that moment", async () => {
    await engine.write([{ indicator: "received", unit: "P2", period: "2023-08", value: 7 }], clerk);
    const file = join(dir, kind === "sqlite" ? "copy.db" : "copy.dump");
    const writing = keepWriting();
    while ((await countRows(store, "data_values")) < 20) await new Promise((r) => setTimeout(r, 5));
    const before = await countRows(store, "data_values");
    const summary = await backupDatabase(location, file);
    await writing;
    const after = await countRows(store, "data_values");
    expect(after).toBe(1 + WRITES);
    expect(summary.bytes).toBeGreaterThan(0);
    await engine.write([{ indicator: "received", unit: "P3", period: "2023-08", value: 9 }], clerk);

    await restoreDatabase(location, file);
    const restored = await countRows(store, "data_values");
    expect(restored).toBeGreaterThanOrEqual(before);
    expect(restored).toBeLessThanOrEqual(after);
    // The save made after the backup is gone: the restore replaced the data, it did not merge.
    const p3 = await store.db
      .selectFrom("data_values")
      .selectAll()
      .where("unit_code", "=", "P3")
      .execute();
    expect(p3).toEqual([]);
    await expectWhole();
  }, 120_000);

  it("never writes over an existing file, and refuses to restore a file that is no backup", async () => {
    await engine.write([{ indicator: "received", unit: "P2", period: "2023-08", value: 7 }], clerk);
    const taken = join(dir, "taken");
    writeFileSync(taken, "mine");
    await expect(backupDatabase(location, taken)).rejects.toMatchObject({ code: "backup.exists" });
    await expect(restoreDatabase(location, taken)).rejects.toMatchObject({
      code: "backup.invalid",
      message: expect.stringContaining("Không có gì bị thay đổi"),
    });
    expect(await countRows(store, "data_values")).toBe(1);
  });
});
