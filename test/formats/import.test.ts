import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import { Engine } from "../../src/engine/index.ts";
import { type FileProblem, locateImportError, readImportFiles } from "../../src/formats/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { countRows } from "../support/tables.ts";

const fixtures = join(import.meta.dirname, "../fixtures/import");
const file = (name: string) => ({ name, text: readFileSync(join(fixtures, name), "utf8") });
const importer = { by: "test", via: "import" } as const;

/** The problems an import of these files reports, as [file, line, column, code]. */
async function problemsOf(
  engine: Engine,
  ...names: string[]
): Promise<(string | number | undefined)[][]> {
  try {
    const { bundle, origins } = readImportFiles(names.map(file));
    await engine.import(bundle, importer).catch((error: unknown) => {
      throw locateImportError(error, origins);
    });
  } catch (error) {
    if (!isBaocaoError(error)) throw error;
    return (error.details.problems as FileProblem[]).map((p) => [p.file, p.line, p.column, p.code]);
  }
  return [];
}

describeEachEngine("import of catalogue and values files", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
    engine = await Engine.open(store);
  });
  afterEach(() => store.close());

  const stored = () => countRows(store, "data_values");
  const importOk = async (dryRun = false) => {
    const { bundle } = readImportFiles([file("catalogue.yaml"), file("values.csv")]);
    return engine.import(bundle, importer, { dryRun });
  };

  it("imports a catalogue and its values, and the engine answers from them", async () => {
    const summary = await importOk();
    expect(summary).toMatchObject({
      units: 4,
      indicators: 3,
      targets: 1,
      rules: 1,
      values: { created: 6, unchanged: 0 },
    });
    const [row] = await engine.query({
      indicators: ["received"],
      units: ["NN"],
      periods: ["2023-08"],
      measures: ["value", "ytd", "targets"],
    });
    expect(row?.value).toMatchObject({ value: 852, status: "estimate" });
    expect(row?.ytd?.value).toBe(1252);
    expect(row?.targets?.[0]?.pct).toBeCloseTo(12.52, 10);
    const notes = await store.repos.values.list({ indicatorCodes: ["pupils"] });
    expect(notes.map((n) => n.note)).toEqual(["", 'đầu năm học, số liệu "chính thức"']);
  });

  it("changes nothing when the same files are imported twice", async () => {
    await importOk();
    const again = await importOk();
    expect(again.values).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 6 });
    expect(await stored()).toBe(6);
  });

  it("checks everything on a dry run and writes nothing", async () => {
    const summary = await importOk(true);
    expect(summary.values.created).toBe(6);
    expect(await stored()).toBe(0);
    expect(engine.catalogue.indicators).toHaveLength(0);
  });

  it("names file, row and column of each broken file and leaves the database unchanged", async () => {
    await importOk();
    const before = await store.db
      .selectFrom("data_values")
      .selectAll()
      .orderBy("indicator_code")
      .orderBy("unit_code")
      .orderBy("period")
      .orderBy("disaggregation")
      .execute();
    expect(await problemsOf(engine, "bad-number.csv")).toEqual([
      // "1.234" reads 1234 the Vietnamese way and 1.234 the English way: refused before any write.
      ["bad-number.csv", 3, 5, "import.ambiguous_number"],
    ]);
    expect(await problemsOf(engine, "unknown-indicator.csv")).toEqual([
      ["unknown-indicator.csv", 3, 2, "value.unknown_indicator"],
    ]);
    expect(await problemsOf(engine, "unknown-unit.csv")).toEqual([
      ["unknown-unit.csv", 4, 1, "value.unknown_unit"],
    ]);
    expect(await problemsOf(engine, "wrong-period.csv")).toEqual([
      ["wrong-period.csv", 2, 3, "value.invalid_period"],
    ]);
    expect(await problemsOf(engine, "missing-column.csv")).toEqual([
      ["missing-column.csv", 1, undefined, "import.missing_column"],
    ]);
    expect(await problemsOf(engine, "duplicate-row.csv")).toEqual([
      ["duplicate-row.csv", 4, undefined, "value.duplicate"],
    ]);
    const after = await store.db
      .selectFrom("data_values")
      .selectAll()
      .orderBy("indicator_code")
      .orderBy("unit_code")
      .orderBy("period")
      .orderBy("disaggregation")
      .execute();
    expect(after).toEqual(before);
  });

  it("imports target kinds from a targetKinds section, and targets of them on one option", async () => {
    await importOk();
    const { bundle } = readImportFiles([file("target-kinds.yaml")]);
    expect(await engine.import(bundle, importer)).toMatchObject({ targetKinds: 1, targets: 2 });
    expect(engine.targetKinds.at(-1)).toMatchObject({
      code: "du_toan_hdnd",
      phraseVi: "dự toán HĐND xã giao",
    });
    const stored = await store.repos.targets.list({ unitCodes: ["NN"], years: [2023] });
    expect(stored.find((t) => t.option === "thcs")).toMatchObject({
      category: "school_level",
      value: 400,
    });
    const bad = readImportFiles([file("bad-target-option.yaml")]).bundle;
    await expect(engine.import(bad, importer)).rejects.toThrow(
      /không có lựa chọn phân tổ "dai_hoc"/,
    );
  });

  it("locates catalogue problems at their line and column in the YAML file", async () => {
    expect(await problemsOf(engine, "bad-catalogue.yaml")).toEqual([
      ["bad-catalogue.yaml", 13, 11, "catalogue.unknown_unit"],
    ]);
  });
});
