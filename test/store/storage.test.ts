import { sql } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { defineCatalogue } from "../../src/core/catalogue/index.ts";
import type { OrgUnit } from "../../src/core/units/index.ts";
import type { DataValueRecord } from "../../src/core/values/index.ts";
import {
  type DataValueColumns,
  dataValueColumns,
  migrateDown,
  migrateToLatest,
  migrations,
  type Store,
} from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { countRows } from "../support/tables.ts";

const town: OrgUnit = {
  code: "NGA_NAM",
  nameVi: "Thị xã Ngã Năm",
  nameEn: "Nga Nam town",
  kind: "district",
  parent: null,
  validFrom: "2013-12-01",
  validTo: "2025-07-01",
};
const ward1: OrgUnit = {
  code: "NGA_NAM_P1",
  nameVi: "Phường 1",
  nameEn: "Ward 1",
  kind: "commune",
  parent: "NGA_NAM",
  validFrom: "2013-12-01",
  validTo: "2025-07-01",
};
const catalogue = defineCatalogue({
  indicators: [
    {
      code: "land_dossiers_received",
      nameVi: "Hồ sơ đất đai tiếp nhận",
      nameEn: "Land dossiers received",
      sector: "economy",
      unit: "ho_so",
      valueType: "integer",
      aggregation: { overTime: "sum", overUnits: "sum" },
    },
    {
      code: "rice_yield",
      nameVi: "Năng suất lúa",
      nameEn: "Rice yield",
      sector: "economy",
      unit: "tan_per_ha",
      valueType: "number",
      decimals: 3,
      aggregation: {
        overTime: "max",
        overUnits: { kind: "weighted_average", weight: "rice_area" },
      },
    },
    {
      code: "rice_area",
      nameVi: "Diện tích lúa",
      nameEn: "Rice area",
      sector: "economy",
      unit: "ha",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
    },
  ],
});
const record = {
  indicatorCode: "land_dossiers_received",
  unitCode: ward1.code,
  period: "2023-08",
  disaggregation: "",
  value: 852,
  textValue: null,
  status: "official" as const,
  note: "",
  source: "",
  version: 1,
  updatedAt: "2023-08-20T08:00:00Z",
  updatedBy: "clerk",
};

describeEachEngine("storage", (fresh, engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await migrateToLatest(store);
  });
  afterEach(() => store.close());

  it("applies every migration once; a second run applies nothing", async () => {
    const again = await migrateToLatest(store);
    expect(again.applied).toEqual([]);
    const tables = await store.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of [
      "org_units",
      "unit_events",
      "indicators",
      "data_values",
      "value_audit",
      "rollups",
      "unit_closure",
      "targets",
    ])
      expect(names).toContain(table);
  });

  it("migrates down and up again", async () => {
    const down = await migrateDown(store);
    expect(down.applied).toEqual([Object.keys(migrations).at(-1)]);
    const up = await migrateToLatest(store);
    expect(up.applied).toEqual(down.applied);
  });

  it("stores org units with their parent, and their events; refuses an unknown parent", async () => {
    const units = store.repos.units;
    await units.upsert([town, ward1]);
    expect(await units.get("NGA_NAM_P1")).toEqual(ward1);
    await units.upsert([{ ...ward1, nameEn: "Ward One" }]);
    expect((await units.list()).map((u) => [u.code, u.nameEn])).toEqual([
      ["NGA_NAM", "Nga Nam town"],
      ["NGA_NAM_P1", "Ward One"],
    ]);
    await expect(units.upsert([{ ...ward1, code: "ORPHAN", parent: "NOWHERE" }])).rejects.toThrow();
    const event = { id: "end", kind: "dissolve" as const, date: "2025-07-01", unit: "NGA_NAM" };
    await units.upsertEvents([event]);
    expect(await units.listEvents()).toEqual([event]);
  });

  it("stores the catalogue and reads it back validated", async () => {
    const repository = store.repos.catalogue;
    await repository.save(catalogue);
    const loaded = await repository.load();
    expect(loaded.indicators).toEqual(catalogue.indicators);
    const row = await store.db
      .selectFrom("indicators")
      .selectAll()
      .where("code", "=", "rice_yield")
      .executeTakeFirst();
    expect(row).toMatchObject({
      unit_aggregation: "weighted_average",
      weight_indicator: "rice_area",
      sums_options: 0,
    });
  });

  it("stores targets of several kinds per indicator, unit and year", async () => {
    await store.repos.units.upsert([town]);
    await store.repos.catalogue.save(catalogue);
    const targets = store.repos.targets;
    const plan = {
      indicator: "land_dossiers_received",
      reportingUnit: "NGA_NAM",
      year: 2023,
      kind: "plan" as const,
      value: 9000,
    };
    await targets.upsert([
      plan,
      { ...plan, kind: "resolution", value: 9500.5, source: "Nghị quyết 01" },
    ]);
    await targets.upsert([{ ...plan, value: 9100 }]);
    expect(await targets.list({ unitCodes: ["NGA_NAM"], years: [2023] })).toEqual([
      { ...plan, value: 9100 },
      { ...plan, kind: "resolution", value: 9500.5, source: "Nghị quyết 01" },
    ]);
  });

  it("keeps raw values with their version, and fractional values exactly as doubles", async () => {
    await store.repos.units.upsert([town, ward1]);
    await store.repos.catalogue.save(catalogue);
    const values = store.repos.values;
    await values.insertNew(
      columnsOf([record, { ...record, indicatorCode: "rice_yield", value: 5.219 }]),
    );
    await values.upsertColumns(columnsOf([{ ...record, value: 853, version: 2 }]));
    const stored = await values.list({ unitCodes: [record.unitCode] });
    expect(stored.find((v) => v.indicatorCode === record.indicatorCode)).toEqual({
      ...record,
      value: 853,
      version: 2,
    });
    expect(stored.find((v) => v.indicatorCode === "rice_yield")?.value).toBe(5.219);
    expect(await countRows(store, "data_values")).toBe(2);
  });

  it("reads nothing, without a query error, for an empty list of codes", async () => {
    await store.repos.units.upsert([town, ward1]);
    await store.repos.catalogue.save(catalogue);
    await store.repos.values.insertNew(columnsOf([record]));
    const values = store.repos.values;
    expect(await values.list({ indicatorCodes: [] })).toEqual([]);
    expect(await values.list({ unitCodes: [record.unitCode], periods: [] })).toEqual([]);
    const rollups = store.repos.rollups;
    const range = { fromPeriod: "2023-01", toPeriod: "2023-12" };
    expect(await rollups.list({ unitCodes: ["NGA_NAM"], indicatorCodes: [], ...range })).toEqual(
      [],
    );
    const targets = store.repos.targets;
    expect(await targets.list({ unitCodes: ["NGA_NAM"], years: [] })).toEqual([]);
    expect(
      await targets.list({ unitCodes: ["NGA_NAM"], years: [2023], indicatorCodes: [] }),
    ).toEqual([]);
  });

  it("gives every test a database of its own", async () => {
    expect(await store.repos.units.list()).toEqual([]);
  });

  if (engine === "sqlite") {
    it("runs SQLite in WAL mode with foreign keys and a busy timeout", async () => {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
      const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
      expect(mode.rows[0]?.journal_mode).toBe("wal");
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      expect(busy.rows[0]?.timeout).toBeGreaterThan(0);
    });
  }
});

/** Records as the column arrays the bulk statements take. */
function columnsOf(records: readonly DataValueRecord[]): DataValueColumns {
  const columns = dataValueColumns();
  for (const r of records) {
    columns.indicatorCode.push(r.indicatorCode);
    columns.unitCode.push(r.unitCode);
    columns.period.push(r.period);
    columns.disaggregation.push(r.disaggregation);
    columns.value.push(r.value);
    columns.textValue.push(r.textValue);
    columns.status.push(r.status);
    columns.note.push(r.note);
    columns.source.push(r.source);
    columns.version.push(r.version);
    columns.updatedAt.push(r.updatedAt);
    columns.updatedBy.push(r.updatedBy);
  }
  return columns;
}
