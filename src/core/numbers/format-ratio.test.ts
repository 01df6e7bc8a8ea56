import { describe, expect, it } from "vitest";
import { formatRatio } from "./format-ratio.ts";

describe("formatRatio", () => {
  it("writes the report's done/total pairs", () => {
    expect(formatRatio(192, 198, { unit: "hộ" })).toBe("192/198 hộ");
    expect(formatRatio(16_633, 16_543, { unit: "học sinh" })).toBe("16.633/16.543 học sinh");
    expect(formatRatio(22_313.03, 22_338.49, { decimals: 2, unit: "ha" })).toBe(
      "22.313,03/22.338,49 ha",
    );
    expect(formatRatio(2322, 2663, { grouping: false, unit: "học sinh" })).toBe(
      "2322/2663 học sinh",
    );
  });

  it("scales money pairs given in đồng", () => {
    expect(formatRatio(4_836_000_000, 4_985_000_000, { scale: "ty", decimals: 3 })).toBe(
      "4,836/4,985 tỷ đồng",
    );
    expect(formatRatio(966_000_000, 7_326_000_000, { scale: "trieu" })).toBe(
      "966/7.326 triệu đồng",
    );
    expect(formatRatio(2_845_000_000, 7_035_000_000, { scale: "trieu" })).toBe(
      "2.845/7.035 triệu đồng",
    );
    expect(formatRatio(8_701_210_279, 15_394_966_145, { scale: "dong" })).toBe(
      "8.701.210.279/15.394.966.145 đồng",
    );
  });

  it("writes a bare pair and English marks", () => {
    expect(formatRatio(11, 30)).toBe("11/30");
    expect(
      formatRatio(4_836_000_000, 4_985_000_000, { scale: "ty", decimals: 3, locale: "en" }),
    ).toBe("4.836/4.985 billion VND");
  });
});
