import fc from "fast-check";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { countRows, rowsOf, storedRow } from "../support/tables.ts";
import { clerk, townEngine } from "./fixture.ts";

const key = { indicatorCode: "received", unitCode: "P1", period: "2023-08", disaggregation: "" };
const input = { indicator: "received", unit: "P1", period: "2023-08" };

describeEachEngine("engine writes", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    let tick = 0;
    engine = await townEngine(
      store,
      () => `2023-08-20T08:00:${String(tick++ % 60).padStart(2, "0")}.000Z`,
    );
  });
  afterEach(() => store.close());

  const townValue = async () =>
    (
      await engine.query({
        indicators: ["received"],
        units: ["NN"],
        periods: ["2023-08"],
        measures: ["value"],
      })
    )[0]?.value?.value;

  it("sets, revises and deletes a value, with one audit row per change and the roll-ups following", async () => {
    const created = await engine.write(
      [{ ...input, value: 850, status: "estimate", expectedVersion: 0 }],
      clerk,
    );
    expect(created.outcomes[0]).toMatchObject({ action: "create", version: 1 });
    expect(await townValue()).toBe(850);
    await engine.write([{ ...input, value: 852, expectedVersion: 1 }], {
      by: "office",
      via: "api",
    });
    expect(await townValue()).toBe(852);
    const deleted = await engine.write(
      [{ ...input, value: null, delete: true, expectedVersion: 2 }],
      clerk,
    );
    expect(deleted.deleted).toBe(1);
    expect(await townValue()).toBeNull();
    // The version keeps counting after a delete, so an old form cannot bring the value back.
    await expect(
      engine.write([{ ...input, value: 1, expectedVersion: 0 }], clerk),
    ).rejects.toMatchObject({ code: "value.conflict" });
    await engine.write([{ ...input, value: 5, expectedVersion: 3 }], clerk);

    const history = await engine.valueHistory(key);
    expect(
      history.map((h) => [
        h.version,
        h.action,
        h.oldValue,
        h.newValue,
        h.oldStatus,
        h.newStatus,
        h.by,
        h.via,
      ]),
    ).toEqual([
      [1, "create", null, 850, null, "estimate", "clerk", "form"],
      [2, "update", 850, 852, "estimate", "official", "office", "api"],
      [3, "delete", 852, null, "official", null, "clerk", "form"],
      [4, "create", null, 5, null, "official", "clerk", "form"],
    ]);
    expect(new Set(history.map((h) => h.at)).size).toBe(4);
  });

  it("refuses a stale edit with the newer value in the error and keeps the newer value", async () => {
    await engine.write([{ ...input, value: 852 }], { by: "first clerk", via: "form" });
    const stale = engine.write([{ ...input, value: 999, expectedVersion: 0 }], {
      by: "second clerk",
      via: "form",
    });
    await expect(stale).rejects.toSatisfy(
      (e) =>
        isBaocaoError(e, "value.conflict") &&
        /852/.test(e.message) &&
        /first clerk/.test(e.message) &&
        (e.details.current as { value: number }).value === 852,
    );
    expect((await storedRow(store, key))?.value).toBe(852);
    expect(await townValue()).toBe(852);
  });

  it("writes nothing when any input of a batch is wrong, and names the input", async () => {
    const batch: ValueInput[] = [
      { ...input, value: 1 },
      { ...input, unit: "P2", value: 2 },
      { ...input, unit: "NOWHERE", value: 3 },
    ];
    await expect(engine.write(batch, clerk)).rejects.toMatchObject({
      code: "value.unknown_unit",
      details: { index: 2 },
    });
    expect(await countRows(store, "data_values")).toBe(0);
    expect(await countRows(store, "rollups")).toBe(0);
  });

  it("names the refused value's indicator by its name and writes the number the Vietnamese way", async () => {
    await expect(engine.write([{ ...input, value: 1234.5 }], clerk)).rejects.toThrow(
      "Giá trị “1.234,5” của chỉ tiêu “Hồ sơ tiếp nhận” không hợp lệ: cần số nguyên.",
    );
  });

  it("names what is wrong with an input", async () => {
    const failure = async (bad: Partial<ValueInput>) => {
      try {
        await engine.write([{ ...input, value: 1, ...bad }], clerk);
      } catch (error) {
        return isBaocaoError(error) ? [error.code, error.details.field ?? null] : String(error);
      }
      return "accepted";
    };
    expect(await failure({ indicator: "nope" })).toEqual(["value.unknown_indicator", "indicator"]);
    expect(await failure({ period: "2023-13" })).toEqual(["value.invalid_period", "period"]);
    expect(await failure({ period: "2023-Q3" })).toEqual(["value.invalid_period", "period"]);
    expect(await failure({ value: 1.5 })).toEqual(["value.invalid_value", "value"]);
    expect(await failure({ unit: "PNN" })).toEqual(["value.unit_not_valid", "unit"]);
    expect(await failure({ unit: "P1", period: "2025-07" })).toEqual([
      "value.unit_not_valid",
      "unit",
    ]);
    expect(
      await failure({ indicator: "pupils", disaggregation: { school_level: "dai_hoc" } }),
    ).toEqual(["value.unknown_option", null]);
    expect(
      await engine
        .write(
          [
            { ...input, value: 1 },
            { ...input, value: 2 },
          ],
          clerk,
        )
        .catch((e) => e.code),
    ).toBe("value.duplicate");
    expect(await failure({ period: "202308" })).toBe("accepted");
  });

  it("treats writing the same content again as unchanged: no new version, no audit row", async () => {
    await engine.write([{ ...input, value: 7, note: "ước" }], clerk);
    const again = await engine.write([{ ...input, value: 7, note: "ước" }], clerk);
    expect(again).toMatchObject({ unchanged: 1, created: 0, updated: 0 });
    expect(await engine.valueHistory(key)).toHaveLength(1);
  });

  it("reports validation findings with the values involved", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-08", value: 852 },
        { indicator: "resolved", unit: "P1", period: "2023-08", value: 829 },
        { indicator: "pending", unit: "P1", period: "2023-08", value: 24 },
      ],
      clerk,
    );
    const balance = {
      code: "land.dossier_balance",
      left: "resolved + pending",
      operator: "==",
      right: "received",
      severity: "warning",
      message: "Hồ sơ đã giải quyết và trong hạn ({left}) không khớp số tiếp nhận ({right})",
    } as const;
    const findings = await engine.validate("NN", "2023-08", [balance]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleCode: "land.dossier_balance", left: 853, right: 852 });
    expect(findings[0]?.message).toBe(
      "Hồ sơ đã giải quyết và trong hạn (853) không khớp số tiếp nhận (852)",
    );
    expect(findings[0]?.values).toEqual([
      { reference: "resolved", value: 829 },
      { reference: "pending", value: 24 },
      { reference: "received", value: 852 },
    ]);
  });

  it("checks after a save only the rules that read a changed indicator, with the same findings", async () => {
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-08", value: 852 },
        { indicator: "resolved", unit: "P1", period: "2023-08", value: 829 },
        { indicator: "pending", unit: "P1", period: "2023-08", value: 24 },
        { indicator: "loans", unit: "P1", period: "2023-08", value: 5 },
      ],
      clerk,
    );
    await store.repos.rules.upsert([
      {
        code: "land.dossier_balance",
        left: "resolved + pending",
        operator: "==",
        right: "received",
        severity: "warning",
        message: "{left} khác {right}",
      },
      {
        code: "loans.small",
        left: "loans",
        operator: "<",
        right: "1",
        severity: "info",
        message: "{left}",
      },
    ]);
    const all = await engine.validate("NN", "2023-08");
    const codes = (findings: readonly { ruleCode: string }[]) => findings.map((f) => f.ruleCode);
    expect(codes(all)).toEqual(expect.arrayContaining(["land.dossier_balance", "loans.small"]));
    // Each change sees the findings of its own rules, exactly as a full check gives them.
    const pendingOnly = await engine.validateChanged("NN", "2023-08", ["pending"]);
    expect(codes(pendingOnly)).toContain("land.dossier_balance");
    expect(codes(pendingOnly)).not.toContain("loans.small");
    for (const finding of pendingOnly) expect(all).toContainEqual(finding);
    const loansOnly = await engine.validateChanged("NN", "2023-08", ["loans"]);
    expect(codes(loansOnly)).toContain("loans.small");
    expect(codes(loansOnly)).not.toContain("land.dossier_balance");
    for (const finding of loansOnly) expect(all).toContainEqual(finding);
    // A change of every indicator is the full check.
    const everything = engine.catalogue.indicators.map((i) => i.code);
    expect(await engine.validateChanged("NN", "2023-08", everything)).toEqual(all);
  });

  it("keeps incremental roll-ups equal to roll-ups rebuilt from raw values, for random write sequences", async () => {
    const units = ["P1", "P2", "P3", "LB", "TAX"];
    const months = ["2023-07", "2023-08", "2025-06"];
    const write = fc.record({
      indicator: fc.constantFrom("received", "loans", "price", "rice_yield", "rice_area", "pupils"),
      unit: fc.constantFrom(...units),
      period: fc.constantFrom(...months),
      level: fc.constantFrom("tieu_hoc", "thcs"),
      value: fc.integer({ min: 0, max: 1000 }),
      estimate: fc.boolean(),
      remove: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(write, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (batches) => {
          await store.db.deleteFrom("rollups").execute();
          await store.db.deleteFrom("data_values").execute();
          await store.db.deleteFrom("value_audit").execute();
          for (const batch of batches) {
            const seen = new Set<string>();
            const inputs: ValueInput[] = [];
            for (const w of batch) {
              const disaggregation: Record<string, string> =
                w.indicator === "pupils" ? { school_level: w.level } : {};
              const k = `${w.indicator}|${w.unit}|${w.period}|${w.indicator === "pupils" ? w.level : ""}`;
              if (seen.has(k)) continue;
              seen.add(k);
              inputs.push({
                indicator: w.indicator,
                unit: w.unit,
                period: w.period,
                disaggregation,
                value: w.remove ? null : w.value,
                delete: w.remove,
                status: w.estimate ? "estimate" : "official",
              });
            }
            await engine.write(inputs, clerk);
          }
          const incremental = await rowsOf(store, "rollups");
          await engine.rebuildRollups();
          const rebuilt = await rowsOf(store, "rollups");
          expect(round(incremental)).toEqual(round(rebuilt));
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** Float sums may differ in the last bits between orders of addition. */
function round<T extends object>(cells: readonly T[]): T[] {
  return cells.map(
    (c) =>
      Object.fromEntries(
        Object.entries(c).map(([k, v]) => [
          k,
          typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v,
        ]),
      ) as T,
  );
}
