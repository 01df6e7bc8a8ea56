import { sql } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import {
  DataValueRepository,
  type IndicatorRecord,
  IndicatorRepository,
  migrateDown,
  migrateToLatest,
  migrations,
  type OrgUnitRecord,
  OrgUnitRepository,
  type Store,
  TargetRepository,
} from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

const town: OrgUnitRecord = {
  code: "NGA_NAM",
  nameVi: "Thị xã Ngã Năm",
  nameEn: "Nga Nam town",
  kind: "district",
  parentCode: null,
  validFrom: "2013-12-01",
  validTo: "2025-07-01",
};
const ward1: OrgUnitRecord = {
  code: "NGA_NAM_P1",
  nameVi: "Phường 1",
  nameEn: "Ward 1",
  kind: "commune",
  parentCode: "NGA_NAM",
  validFrom: "2013-12-01",
  validTo: "2025-07-01",
};
const dossiers: IndicatorRecord = {
  code: "land_dossiers_received",
  nameVi: "Hồ sơ đất đai tiếp nhận",
  nameEn: "Land dossiers received",
  sector: "economy",
  measureUnit: "hồ sơ",
  valueType: "integer",
  timeAggregation: "sum",
  unitAggregation: "sum",
  decimals: 0,
  formula: null,
};
const key = {
  indicatorCode: dossiers.code,
  unitCode: ward1.code,
  period: "2023-08",
  disaggregation: "",
};
const write = { ...key, status: "official" as const, at: "2023-08-20T08:00:00Z", by: "clerk" };

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
    for (const table of ["org_units", "indicators", "data_values", "targets"])
      expect(names).toContain(table);
  });

  it("migrates down and up again", async () => {
    const down = await migrateDown(store);
    expect(down.applied).toEqual([Object.keys(migrations).at(-1)]);
    const up = await migrateToLatest(store);
    expect(up.applied).toEqual(down.applied);
  });

  it("stores org units with their parent and refuses an unknown parent", async () => {
    const units = new OrgUnitRepository(store.db);
    await units.upsert([town, ward1]);
    expect(await units.get("NGA_NAM_P1")).toEqual(ward1);
    await units.upsert([{ ...ward1, nameEn: "Ward One" }]);
    expect((await units.list()).map((u) => [u.code, u.nameEn])).toEqual([
      ["NGA_NAM", "Nga Nam town"],
      ["NGA_NAM_P1", "Ward One"],
    ]);
    await expect(
      units.upsert([{ ...ward1, code: "ORPHAN", parentCode: "NOWHERE" }]),
    ).rejects.toThrow();
  });

  it("stores indicators and targets", async () => {
    await new OrgUnitRepository(store.db).upsert([town]);
    const indicators = new IndicatorRepository(store.db);
    await indicators.upsert([dossiers]);
    expect(await indicators.get(dossiers.code)).toEqual(dossiers);
    const targets = new TargetRepository(store.db);
    const plan = {
      indicatorCode: dossiers.code,
      unitCode: "NGA_NAM",
      year: 2023,
      kind: "plan",
      disaggregation: "",
      value: 9000,
    };
    await targets.upsert([plan, { ...plan, kind: "resolution", value: 9500.5 }]);
    await targets.upsert([{ ...plan, value: 9100 }]);
    expect(await targets.listFor("NGA_NAM", 2023)).toEqual([
      { ...plan, value: 9100 },
      { ...plan, kind: "resolution", value: 9500.5 },
    ]);
  });

  it("writes values with a version and refuses a stale write, showing the newer value", async () => {
    await new OrgUnitRepository(store.db).upsert([town, ward1]);
    await new IndicatorRepository(store.db).upsert([dossiers]);
    const values = new DataValueRepository(store.db);
    const first = await values.write({
      ...write,
      value: 850,
      status: "estimate",
      expectedVersion: 0,
    });
    expect(first.version).toBe(1);
    const second = await values.write({ ...write, value: 852, expectedVersion: 1 });
    expect(second).toMatchObject({ value: 852, status: "official", version: 2 });

    const stale = values.write({ ...write, value: 999, expectedVersion: 1, by: "other clerk" });
    await expect(stale).rejects.toSatisfy(
      (e) =>
        isBaocaoError(e, "value.conflict") &&
        (e.details.current as { value: number }).value === 852,
    );
    expect((await values.get(key))?.value).toBe(852);
    await expect(values.write({ ...write, value: 1, expectedVersion: 0 })).rejects.toThrow(
      /vừa được người khác cập nhật/,
    );
    expect(await values.list({ unitCodes: [ward1.code], periods: ["2023-08"] })).toHaveLength(1);
  });

  it("keeps fractional values exactly as doubles", async () => {
    await new OrgUnitRepository(store.db).upsert([town, ward1]);
    await new IndicatorRepository(store.db).upsert([
      { ...dossiers, code: "rice_yield", decimals: 3 },
    ]);
    const values = new DataValueRepository(store.db);
    await values.write({ ...write, indicatorCode: "rice_yield", value: 5.219 });
    expect((await values.get({ ...key, indicatorCode: "rice_yield" }))?.value).toBe(5.219);
  });

  it("gives every test a database of its own", async () => {
    expect(await new OrgUnitRepository(store.db).list()).toEqual([]);
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
