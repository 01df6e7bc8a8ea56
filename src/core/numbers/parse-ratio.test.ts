import { describe, expect, it } from "vitest";
import { parseRatio } from "./parse-ratio.ts";

describe("parseRatio on the reference report", () => {
  it("reads households and pupils", () => {
    const households = parseRatio("192/198 hộ");
    expect(households.done.value).toBe(192);
    expect(households.total.value).toBe(198);
    expect(households).toMatchObject({ unit: "hộ", ambiguous: false, notes: [] });
    expect(parseRatio("16.633/16.543 học sinh")).toMatchObject({
      done: { value: 16_633 },
      total: { value: 16_543 },
      ambiguous: true,
    });
  });

  it("notes the ungrouped pairs of the school table", () => {
    const pupils = parseRatio("2322/2663");
    expect([pupils.done.value, pupils.total.value]).toEqual([2322, 2663]);
    expect(pupils.notes).toEqual(["missing_grouping"]);
    expect(pupils.ambiguous).toBe(false);
  });

  it("applies the scale written once after the pair to both sides", () => {
    const capital = parseRatio("4,836/4,985 tỷ đồng");
    expect(capital).toMatchObject({ unit: "đồng", scale: "ty", ambiguous: true });
    expect(capital.done).toMatchObject({ value: 4_836_000_000, alternatives: [4_836_000_000_000] });
    expect(capital.total).toMatchObject({
      value: 4_985_000_000,
      alternatives: [4_985_000_000_000],
    });
    const poverty = parseRatio("966/7.326 triệu đồng");
    expect(poverty.done).toMatchObject({ value: 966_000_000, ambiguous: false });
    expect(poverty.total).toMatchObject({ value: 7_326_000_000, alternatives: [7_326_000] });
    expect(parseRatio("2.845/7.035 triệu đồng").done.value).toBe(2_845_000_000);
  });

  it("reads exact đồng amounts and hectares with decimals", () => {
    const paid = parseRatio("8.701.210.279/15.394.966.145 đồng");
    expect([paid.done.value, paid.total.value, paid.ambiguous]).toEqual([
      8_701_210_279,
      15_394_966_145,
      false,
    ]);
    const land = parseRatio("22.313,03/22.338,49 ha");
    expect([land.done.value, land.total.value, land.unit]).toEqual([22_313.03, 22_338.49, "ha"]);
  });

  it("keeps a slash inside the unit", () => {
    expect(parseRatio("5/6 tấn/ha")).toMatchObject({
      done: { value: 5 },
      total: { value: 6 },
      unit: "tấn/ha",
    });
    expect(parseRatio("5 hộ/6 hộ").unit).toBe("hộ");
  });

  it("rejects what is not a pair", () => {
    for (const text of ["192 hộ", "14/8/2023", "5 hộ/6 tấn", "5%/6%", "5/25 tỷ 465 triệu đồng"]) {
      expect(() => parseRatio(text), text).toThrow(
        expect.objectContaining({ code: "number.invalid" }),
      );
    }
  });
});
