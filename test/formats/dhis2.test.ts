import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { Engine } from "../../src/engine/index.ts";
import {
  type Dhis2Format,
  locateDhis2Error,
  monthOfDhis2,
  openImportFiles,
  readDhis2File,
  readDhis2Mapping,
  writeDhis2,
} from "../../src/formats/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { dumpHash } from "../support/dump-hash.ts";
import { describeEachEngine } from "../support/engines.ts";

const dir = join(import.meta.dirname, "../fixtures/dhis2");
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const mapping = readDhis2Mapping(readFileSync(join(dir, "mapping.yaml"), "utf8"), "mapping.yaml");
const importer = { by: "dhis2", via: "import" } as const;

it("reads DHIS2 monthly periods and refuses others", () => {
  expect(monthOfDhis2("202308")).toBe("2023-08");
  expect(monthOfDhis2("2015-06-01/P1M")).toBe("2015-06");
  expect(monthOfDhis2("2023Q3")).toBeUndefined();
  expect(monthOfDhis2("2015-06-01/P3M")).toBeUndefined();
});

describeEachEngine("DHIS2 exchange: documentation payloads and round trips", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
    engine = await Engine.open(store, { clock: () => "2023-08-20T08:00:00.000Z" });
    const read = await openImportFiles([
      { name: "catalogue.yaml", bytes: bytes("catalogue.yaml") },
    ]);
    await engine.import(read.bundle, importer);
  });
  afterEach(() => store.close());

  const load = async (name: string) => {
    const read = readDhis2File(bytes(name), name, mapping);
    await engine.import({ values: read.inputs }, importer).catch((error: unknown) => {
      throw locateDhis2Error(error, read);
    });
    return read;
  };
  const stored = async () =>
    (await engine.storedValues({})).map((v) => [
      v.unitCode,
      v.indicatorCode,
      v.period,
      v.disaggregation,
      v.value,
      v.note,
    ]);

  it("imports the documentation's data value set (JSON): set-level period and org unit, comments as notes", async () => {
    expect((await load("data-value-set.json")).format).toBe("json");
    expect(await stored()).toEqual([
      ["P1", "anc_visits", "2014-01", "", 1, "comment1"],
      ["P1", "bcg_doses", "2014-01", "", 3, "comment3"],
      ["P1", "deliveries", "2014-01", "", 2, "comment2"],
    ]);
  });

  it("imports the documentation's CSV data value set, combos mapped to disaggregations", async () => {
    await load("data-value-set.csv");
    expect(await stored()).toEqual([
      ["P2", "hiv_tests", "2012-02", "sex=female", 7, ""],
      ["P2", "hiv_tests", "2012-02", "sex=male", 10, ""],
      ["P3", "hiv_tests", "2012-02", "sex=male", 9, ""],
    ]);
  });

  it("imports the documentation's ADX message, categories as attributes", async () => {
    await load("adx.xml");
    expect(await stored()).toEqual([
      ["P1", "vcct", "2015-06", "hiv_age=age0_14;sex=female", 32, ""],
      ["P1", "vcct", "2015-06", "hiv_age=age0_14;sex=male", 22, ""],
      ["P1", "vcct", "2015-06", "hiv_age=age15_24;sex=female", 4, ""],
      ["P1", "vcct", "2015-06", "hiv_age=age15_24;sex=male", 17, ""],
    ]);
  });

  it("round-trips every format: exported then imported into a fresh copy gives the same values", async () => {
    for (const name of ["data-value-set.json", "data-value-set.csv", "adx.xml"]) await load(name);
    const records = await engine.storedValues({});
    for (const format of ["json", "csv", "adx"] as Dhis2Format[]) {
      const written = writeDhis2(records, mapping, format);
      expect(written).toMatchObject({ written: records.length, unmapped: 0 });
      const again = readDhis2File(new TextEncoder().encode(written.text), `out.${format}`, mapping);
      const key = (i: { unit: string; indicator: string; period: string; value: number | null }) =>
        `${i.unit}|${i.indicator}|${i.period}|${i.value}`;
      expect(again.inputs.map(key).sort(), format).toEqual(
        records.map((r) => `${r.unitCode}|${r.indicatorCode}|${r.period}|${r.value}`).sort(),
      );
      // Importing its own export changes nothing.
      const summary = await engine.import({ values: again.inputs }, importer);
      expect(summary.values.unchanged + summary.values.updated).toBe(records.length);
    }
  });

  it("names the place of an unmapped identifier and writes nothing", async () => {
    const before = await dumpHash(store);
    expect(() =>
      readDhis2File(bytes("unknown-element.json"), "unknown-element.json", mapping),
    ).toThrowError(
      /tệp unknown-element.json, dataValues\[1\]: Phần tử dữ liệu DHIS2 "zzzzzzzzzzz"/,
    );
    expect(await dumpHash(store)).toBe(before);
  });
});
