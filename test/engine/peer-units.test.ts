import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { clerk, townEngine } from "./fixture.ts";

describeEachEngine("at(x, UNIT) in catalogue formulas and rules", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store);
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-08", value: 30 },
        { indicator: "received", unit: "P2", period: "2023-08", value: 90 },
        { indicator: "received", unit: "P1", period: "2023-07", value: 10 },
      ],
      clerk,
    );
  });
  afterEach(() => store.close());

  it("evaluates a derived indicator that reads another unit: a ward's share of the town", async () => {
    await engine.saveCatalogue({
      indicators: [
        {
          code: "share_of_town",
          nameVi: "Tỷ trọng so với thị xã",
          nameEn: "Share of the town",
          sector: "economy",
          unit: "percent",
          valueType: "percent",
          formula: "received / at(received, NN) * 100",
        },
      ],
    });
    const [row] = await engine.query({
      indicators: ["share_of_town"],
      units: ["P1"],
      periods: ["2023-08"],
      measures: ["value", "ytd"],
    });
    expect(row?.value?.value).toBeCloseTo(25, 10);
    expect(row?.ytd?.value).toBeCloseTo((40 / 130) * 100, 10);
    expect(row?.value?.provenance.references).toEqual([
      { text: "received", value: 30 },
      { text: "at(received, NN)", value: 120 },
    ]);
  });

  it("runs a rule that compares a unit with another", async () => {
    const findings = await engine.validate("P1", "2023-08", [
      {
        code: "ward.not_above_town",
        left: "received",
        operator: ">=",
        right: "at(received, NN)",
        severity: "warning",
        message: "Phường có {left} hồ sơ, thị xã {right}",
      },
    ]);
    const finding = findings.find((f) => f.ruleCode === "ward.not_above_town");
    expect(finding).toMatchObject({ left: 30, right: 120 });
  });
});
