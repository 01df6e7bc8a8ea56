import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { clerk } from "./fixture.ts";
import { seasonCrop, twoSetEngine } from "./two-sets-engine.ts";

const cell = (unit: string, period: string, season: string, crop: string, value: number) =>
  seasonCrop("crop_area", unit, period, season, crop, value);

describeEachEngine("an indicator on two category sets (issue 17)", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await twoSetEngine(store);
    await engine.write(
      [
        cell("P1", "2023-08", "he_thu", "lua", 100),
        cell("P1", "2023-08", "he_thu", "ngo", 20),
        cell("P1", "2023-08", "mua", "lua", 50),
        cell("P2", "2023-08", "he_thu", "lua", 30),
        cell("P1", "2023-07", "he_thu", "lua", 10),
        cell("P1", "2022-08", "he_thu", "lua", 80),
        cell("P1", "2022-08", "mua", "ngo", 5),
      ],
      clerk,
    );
  });
  afterEach(() => store.close());

  const values = async (unit: string, sources: string[]) =>
    (await engine.evaluate({ unit, period: "2023-08", sources })).map((e) => e.error ?? e.value);

  it("sums the other set for a selection on one set; one cell for both; the whole total", async () => {
    expect(
      await values("NN", [
        "crop_area",
        "crop_area[season=he_thu]",
        "crop_area[he_thu]",
        "crop_area[crop=lua]",
        "crop_area[season=he_thu, crop=lua]",
        "crop_area[lua, mua]",
      ]),
    ).toEqual([200, 150, 150, 180, 130, 50]);
    // The unit's own figures, and the town's as the roll-up of its communes.
    expect(await values("P1", ["crop_area[he_thu]", "crop_area[lua]"])).toEqual([120, 150]);
    expect(await values("P2", ["crop_area[he_thu]", "crop_area[ngo]"])).toEqual([30, null]);
  });

  it("reads no data, not 0, when no cell of a selection holds a value", async () => {
    expect(
      await values("NN", ["crop_area[dong_xuan]", "crop_area[dong_xuan, lua]", "crop_area[mua]"]),
    ).toEqual([null, null, 50]);
  });

  it("takes year to date and last year of a selection on one set", async () => {
    expect(
      await values("NN", [
        "ytd(crop_area[he_thu])",
        "last_year(crop_area[he_thu])",
        "last_year(crop_area[ngo])",
        "ytd(crop_area[mua, ngo])",
        "crop_area[he_thu] - last_year(crop_area[he_thu])",
      ]),
    ).toEqual([160, 80, 5, null, 70]);
  });

  it("reads a target set on one option of one set, and the share of it", async () => {
    await engine.saveTargets([
      {
        indicator: "crop_area",
        reportingUnit: "NN",
        year: 2023,
        kind: "plan",
        category: "season",
        option: "he_thu",
        value: 500,
      },
    ]);
    expect(
      await values("NN", [
        "target(crop_area[he_thu], plan)",
        "pct_of(crop_area[season=he_thu], plan)",
        "target(crop_area[lua], plan)",
      ]),
    ).toEqual([500, 30, null]);
  });

  it("combines by the indicator's rule over units: weighted average, minimum", async () => {
    const at = (indicator: string, unit: string, season: string, crop: string, value: number) =>
      seasonCrop(indicator, unit, "2023-08", season, crop, value);
    await engine.write(
      [
        at("crop_yield", "P1", "he_thu", "lua", 6),
        at("crop_yield", "P1", "he_thu", "ngo", 4),
        at("crop_yield", "P2", "he_thu", "lua", 5),
        at("crop_price_low", "P1", "he_thu", "lua", 7000),
        at("crop_price_low", "P1", "he_thu", "ngo", 6500),
        at("crop_price_low", "P2", "mua", "lua", 6000),
      ],
      clerk,
    );
    const [yieldHeThu, yieldAll, lowLua, lowHeThu] = (await values("NN", [
      "crop_yield[he_thu]",
      "crop_yield",
      "crop_price_low[lua]",
      "crop_price_low[he_thu]",
    ])) as number[];
    // Weighted by the area of each cell: (6·100 + 4·20 + 5·30) / (100 + 20 + 30).
    expect(yieldHeThu).toBeCloseTo(830 / 150, 9);
    expect(yieldAll).toBeCloseTo(830 / 150, 9);
    expect([lowLua, lowHeThu]).toEqual([6000, 6500]);
  });

  /** Rice damage in P1: 3 ha in Hè Thu, 2 ha in Mùa. */
  const riceDamage = [
    seasonCrop("crop_damage", "P1", "2023-08", "he_thu", "lua", 3),
    seasonCrop("crop_damage", "P1", "2023-08", "mua", "lua", 2),
  ];

  it("refuses a selection that would add the options of a set whose total is entered on its own", async () => {
    await engine.write(riceDamage, clerk);
    const [bySeason, byCrop, cross] = await values("P1", [
      "crop_damage[he_thu]",
      "crop_damage[lua]",
      "crop_damage[he_thu, lua]",
    ]);
    expect(bySeason).toMatchObject({ code: "formula.unsummable_options", line: 1, column: 1 });
    expect((bySeason as { message: string }).message).toContain("crop");
    expect([byCrop, cross]).toEqual([5, 3]);
    // A target set on the season is read as it is stored: nothing is added up.
    await engine.saveTargets([
      {
        indicator: "crop_damage",
        reportingUnit: "P1",
        year: 2023,
        kind: "plan",
        category: "season",
        option: "he_thu",
        value: 10,
      },
    ]);
    expect(await values("P1", ["target(crop_damage[he_thu], plan)"])).toEqual([10]);
  });

  it("checks a set's options against the total by the structural rules, summing the other set", async () => {
    const total = { indicator: "crop_damage", unit: "P1", period: "2023-08", value: 4 };
    await engine.write([total, ...riceDamage], clerk);
    const findings = (await engine.validate("P1", "2023-08")).filter((f) =>
      f.ruleCode.startsWith("structure."),
    );
    // Rice damage over both seasons (5 ha) exceeds the entered total (4 ha); the sown area's
    // options by season and by crop add up to its total, as they are computed from the cells.
    expect(findings.map((f) => [f.ruleCode, f.left, f.right])).toEqual([
      ["structure.part_within_whole.crop_damage.crop.lua", 5, 4],
    ]);
  });

  it("takes values only at the full cross: never the total of one set, never the whole total", async () => {
    const one = { indicator: "crop_area", unit: "P1", period: "2023-09", value: 1 };
    await expect(
      engine.write([{ ...one, disaggregation: { season: "he_thu" } }], clerk),
    ).rejects.toMatchObject({
      code: "value.partial_disaggregation",
      message:
        "Chỉ tiêu crop_area phân tổ theo season, crop: cần ghi đủ các phân tổ (ví dụ crop=lua;season=he_thu). Số liệu theo riêng season được cộng từ các ô đủ phân tổ, không nhập riêng (sẽ bị tính hai lần).",
    });
    // Where the total is entered on its own, it may be given instead of the cells.
    await expect(
      engine.write([{ ...one, indicator: "crop_damage", disaggregation: { crop: "ngo" } }], clerk),
    ).rejects.toThrow("cần ghi đủ các phân tổ (ví dụ crop=ngo;season=dong_xuan) hoặc bỏ trống");
    await expect(engine.write([one], clerk)).rejects.toMatchObject({
      code: "value.total_is_computed",
    });
    await expect(
      engine.write([{ ...one, disaggregation: { crop: "lua", season: "he_thu" } }], clerk),
    ).resolves.toBeDefined();
  });
});
