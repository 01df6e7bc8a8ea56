import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money.ts";
import type { MoneyScale } from "./money-scale.ts";

describe("formatMoney", () => {
  it("writes the report's amounts in their scales", () => {
    expect(formatMoney(64_260_000)).toBe("64.260.000 đồng");
    expect(formatMoney(552_007_000)).toBe("552.007.000 đồng");
    expect(formatMoney(120_000_000, { scale: "trieu" })).toBe("120 triệu đồng");
    expect(formatMoney(101_976_000_000, { scale: "trieu" })).toBe("101.976 triệu đồng");
    expect(formatMoney(458_921_000, { scale: "trieu", decimals: 3 })).toBe("458,921 triệu đồng");
    expect(formatMoney(767_520_000, { scale: "trieu", decimals: 3 })).toBe("767,520 triệu đồng");
    expect(formatMoney(121_224_000_000, { scale: "ty", decimals: 3 })).toBe("121,224 tỷ đồng");
    expect(formatMoney(64_300_000_000, { scale: "ty", decimals: 3 })).toBe("64,300 tỷ đồng");
    expect(formatMoney(25_465_000_000, { scale: "ty_trieu" })).toBe("25 tỷ 465 triệu đồng");
  });

  it("can leave out the currency word", () => {
    expect(formatMoney(21_727_000_000, { scale: "ty", decimals: 3, currency: "" })).toBe(
      "21,727 tỷ",
    );
  });

  it("writes thousands of đồng", () => {
    expect(formatMoney(1_250_500, { scale: "nghin" })).toBe("1.250,5 nghìn đồng");
    expect(formatMoney(1_250_500, { scale: "nghin", decimals: 0 })).toBe("1.251 nghìn đồng");
  });

  it("rounds tỷ-triệu in triệu and carries into tỷ", () => {
    expect(formatMoney(25_999_600_000, { scale: "ty_trieu", decimals: 0 })).toBe("26 tỷ đồng");
    expect(formatMoney(25_465_400_000, { scale: "ty_trieu" })).toBe("25 tỷ 465,4 triệu đồng");
    expect(formatMoney(25_465_400_000, { scale: "ty_trieu", decimals: 0 })).toBe(
      "25 tỷ 465 triệu đồng",
    );
    expect(formatMoney(465_000_000, { scale: "ty_trieu" })).toBe("465 triệu đồng");
    expect(formatMoney(2_000_000_000, { scale: "ty_trieu" })).toBe("2 tỷ đồng");
    expect(formatMoney(0, { scale: "ty_trieu" })).toBe("0 triệu đồng");
    expect(formatMoney(-25_465_000_000, { scale: "ty_trieu" })).toBe("-25 tỷ 465 triệu đồng");
  });

  it("is exact on amounts beyond 2^53", () => {
    expect(formatMoney(123_456_789_012_345_678n, { scale: "ty" })).toBe(
      "123.456.789,012345678 tỷ đồng",
    );
  });

  it("has English labels for the English UI", () => {
    expect(formatMoney(121_224_000_000, { scale: "ty", decimals: 3, locale: "en" })).toBe(
      "121.224 billion VND",
    );
    expect(formatMoney(64_260_000, { locale: "en" })).toBe("64,260,000 VND");
  });

  it("rejects an unknown scale", () => {
    expect(() => formatMoney(1, { scale: "xu" as MoneyScale })).toThrow(
      expect.objectContaining({ code: "number.invalid_option" }),
    );
  });
});
