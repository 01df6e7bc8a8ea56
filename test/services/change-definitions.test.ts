import { afterEach, beforeEach, expect, it } from "vitest";
import type { OrgUnit } from "../../src/core/units/index.ts";
import type { Engine } from "../../src/engine/index.ts";
import {
  changeDefinitions,
  type DefinitionChange,
  definitionVersion,
  requireDefinitionManager,
} from "../../src/services/definitions/index.ts";
import type { Store } from "../../src/store/index.ts";
import { townEngine } from "../engine/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

const admin = { username: "admin", grants: [{ role: "admin" as const, unit: "ST" }] };

/** Renames unit `code` as an administrator who saw `seen`. */
function rename(code: string, nameVi: string, seen: OrgUnit): DefinitionChange {
  const after = { ...seen, nameVi };
  return {
    edits: [
      {
        kind: "unit",
        code,
        action: "rename",
        expected: definitionVersion(seen),
        current: (repos) => repos.units.get(code),
        after,
      },
    ],
    bundle: { units: [after] },
  };
}

describeEachEngine("changing definitions from the administration screens", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
  });
  afterEach(() => store.close());

  const stored = async (code: string) => (await store.repos.units.get(code)) as OrgUnit;

  it("applies a change made over what is stored, and audits it in the same transaction", async () => {
    const seen = await stored("P1");
    const result = await changeDefinitions(engine, admin, rename("P1", "Phường Một", seen));
    expect(result.summary.units).toBe(1);
    expect((await stored("P1")).nameVi).toBe("Phường Một");
    expect(engine.units.nameOf("P1")).toBe("Phường Một");
    const audit = await store.repos.definitionAudit.list({ kind: "unit", code: "P1" });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "rename", by: "admin", before: seen });
    expect(audit[0]?.after).toMatchObject({ nameVi: "Phường Một" });
  });

  it("refuses a change over a version that moved on, and writes nothing", async () => {
    const seen = await stored("P1");
    await changeDefinitions(engine, admin, rename("P1", "Phường Một", seen));
    await expect(
      changeDefinitions(engine, admin, rename("P1", "Phường I", seen)),
    ).rejects.toMatchObject({ code: "definition.conflict" });
    expect((await stored("P1")).nameVi).toBe("Phường Một");
    expect(await store.repos.definitionAudit.list({ code: "P1" })).toHaveLength(1);
  });

  it("refuses to create what someone has just created", async () => {
    const change = rename("P1", "Phường Một", await stored("P1"));
    const asNew = { ...change, edits: change.edits.map((e) => ({ ...e, expected: null })) };
    await expect(changeDefinitions(engine, admin, asNew)).rejects.toMatchObject({
      code: "definition.conflict",
    });
  });

  it("previews with dryRun: checked and counted, nothing written or audited", async () => {
    const seen = await stored("P1");
    const result = await changeDefinitions(engine, admin, rename("P1", "Phường Một", seen), {
      dryRun: true,
    });
    expect(result.summary.units).toBe(1);
    expect(result.audit).toHaveLength(1);
    expect((await stored("P1")).nameVi).toBe(seen.nameVi);
    expect(await store.repos.definitionAudit.list({})).toHaveLength(0);
  });

  it("of two administrators changing the same unit at once, exactly one wins", async () => {
    const seen = await stored("P2");
    const outcomes = await Promise.allSettled([
      changeDefinitions(engine, admin, rename("P2", "Phường Hai", seen)),
      changeDefinitions(engine, admin, rename("P2", "Phường II", seen)),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({
      code: "definition.conflict",
    });
    expect(await store.repos.definitionAudit.list({ code: "P2" })).toHaveLength(1);
  });

  it("a definition the import refuses leaves no audit behind", async () => {
    const seen = await stored("P3");
    const change = rename("P3", "Phường 3", seen);
    const broken: DefinitionChange = {
      ...change,
      bundle: { units: [{ ...seen, parent: "NO_SUCH_UNIT" }] },
    };
    await expect(changeDefinitions(engine, admin, broken)).rejects.toThrow();
    expect(await store.repos.definitionAudit.list({})).toHaveLength(0);
  });
});

it("only an administrator over the unit manages its definitions", () => {
  const ancestorsOf = (u: string) => (u === "P1" ? ["NN", "ST"] : u === "NN" ? ["ST"] : []);
  expect(() => requireDefinitionManager(admin, "P1", ancestorsOf)).not.toThrow();
  const wardAdmin = { username: "p1", grants: [{ role: "admin" as const, unit: "P1" }] };
  expect(() => requireDefinitionManager(wardAdmin, "NN", ancestorsOf)).toThrow(/quản trị đơn vị/);
  const office = { username: "vp", grants: [{ role: "office" as const, unit: "ST" }] };
  expect(() => requireDefinitionManager(office, "P1", ancestorsOf)).toThrow(/không có quyền/);
});

it("a version is the same for the same definition whatever its key order", () => {
  expect(definitionVersion({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
    definitionVersion({ b: [1, { d: 3, c: 2 }], a: 1 }),
  );
  expect(definitionVersion({ a: 1 })).not.toBe(definitionVersion({ a: 2 }));
  expect(definitionVersion(undefined)).toBeNull();
});
