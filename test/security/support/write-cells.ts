/**
 * A second (or third) process writing to the same SQLite file, for the multi-process test:
 * `node --import tsx write-cells.ts <db> <unit> <count>` writes `count` single-value batches of
 * distinct cells of one unit through the engine and prints what failed, as JSON.
 */
import { Engine } from "../../../src/engine/index.ts";
import { openStore } from "../../../src/store/index.ts";

const [path, unit, count] = process.argv.slice(2);
const store = await openStore({ engine: "sqlite", path: path as string });
const engine = await Engine.open(store);
const failures: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const period = `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  try {
    await engine.write([{ indicator: "received", unit: unit as string, period, value: i }], {
      by: `process ${unit}`,
      via: "api",
    });
  } catch (error) {
    failures.push(
      error instanceof Error
        ? `${(error as { code?: string }).code ?? ""} ${error.message}`
        : String(error),
    );
  }
}
await store.close();
process.stdout.write(JSON.stringify({ written: Number(count) - failures.length, failures }));
