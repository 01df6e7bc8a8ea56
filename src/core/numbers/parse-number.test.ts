import { describe, expect, it } from "vitest";
import { BaocaoError } from "../errors.ts";
import { parseVietnameseNumber as parse } from "./parse-number.ts";

describe("parseVietnameseNumber on the reference report", () => {
  it("reads counts and amounts with dot groups", () => {
    expect(parse("240.849 tấn")).toMatchObject({ value: 240_849, unit: "tấn", ambiguous: true });
    expect(parse("8.701.210.279")).toMatchObject({
      value: 8_701_210_279,
      ambiguous: false,
      alternatives: [],
    });
    expect(parse("64.260.000 đồng")).toMatchObject({
      value: 64_260_000,
      unit: "đồng",
      ambiguous: false,
    });
    expect(parse("552.007.000 đồng").value).toBe(552_007_000);
    expect(parse("852 hồ sơ")).toMatchObject({
      value: 852,
      unit: "hồ sơ",
      ambiguous: false,
      notes: [],
    });
  });

  it("reads 96.549 as Vietnamese thousands but says it could be English decimals", () => {
    expect(parse("96.549 tấn")).toEqual({
      value: 96_549,
      decimal: "96549",
      decimals: 0,
      percent: false,
      unit: "tấn",
      ambiguous: true,
      alternatives: [96.549],
      notes: [],
    });
  });

  it("reads 458,921 as Vietnamese decimals but says it could be English thousands", () => {
    const parsed = parse("458,921 triệu đồng");
    expect(parsed).toMatchObject({ value: 458_921_000, scale: "trieu", unit: "đồng", decimals: 3 });
    expect(parsed.ambiguous).toBe(true);
    expect(parsed.alternatives).toEqual([458_921_000_000]);
    expect(parse("5,219 tấn/ha")).toMatchObject({
      value: 5.219,
      unit: "tấn/ha",
      alternatives: [5219],
    });
  });

  it("reads percentages, standard and not", () => {
    expect(parse("56,59%")).toMatchObject({
      value: 56.59,
      percent: true,
      ambiguous: false,
      notes: [],
    });
    expect(parse("101.10% kế hoạch")).toMatchObject({
      value: 101.1,
      percent: true,
      unit: "kế hoạch",
      ambiguous: false,
      notes: ["nonstandard_separator"],
    });
    expect(parse("65.06%")).toMatchObject({ value: 65.06, notes: ["nonstandard_separator"] });
    expect(parse("99.31%").value).toBe(99.31);
    expect(parse("0,2%")).toMatchObject({ value: 0.2, percent: true });
    expect(parse("56,59 %")).toMatchObject({ value: 56.59, notes: ["space_before_percent"] });
    expect(parse("trên 82% kế hoạch")).toMatchObject({
      value: 82,
      qualifier: "trên",
      unit: "kế hoạch",
    });
  });

  it("reads scaled money into đồng", () => {
    expect(parse("121,224 tỷ đồng")).toMatchObject({
      value: 121_224_000_000,
      decimal: "121224000000",
      scale: "ty",
      unit: "đồng",
      ambiguous: true,
      alternatives: [121_224_000_000_000],
    });
    expect(parse("64,300 tỷ đồng")).toMatchObject({ value: 64_300_000_000, decimals: 3 });
    expect(parse("21,727 tỷ")).toMatchObject({ value: 21_727_000_000, scale: "ty" });
    expect(parse("21,727 tỷ").unit).toBeUndefined();
    expect(parse("101.976 triệu đồng")).toMatchObject({
      value: 101_976_000_000,
      scale: "trieu",
      alternatives: [101_976_000],
    });
    expect(parse("120 triệu đồng")).toMatchObject({ value: 120_000_000, ambiguous: false });
    expect(parse("25 tỷ 465 triệu đồng")).toMatchObject({
      value: 25_465_000_000,
      scale: "ty_trieu",
      unit: "đồng",
      ambiguous: false,
    });
    expect(parse("1.500 nghìn đồng")).toMatchObject({ value: 1_500_000, scale: "nghin" });
    expect(parse("3 tỉ đồng").value).toBe(3_000_000_000);
    expect(parse("1 triệu 500 ngàn đồng")).toMatchObject({ value: 1_500_000, scale: "trieu" });
  });

  it("reads the colloquial 'hơn 2 tỷ 9 đồng' as 2,9 tỷ and keeps the literal reading", () => {
    expect(parse("hơn 2 tỷ 9 đồng")).toMatchObject({
      value: 2_900_000_000,
      qualifier: "hơn",
      scale: "ty",
      ambiguous: true,
      alternatives: [2_000_000_009],
      notes: ["colloquial_scale"],
    });
  });

  it("reads padded counts", () => {
    expect(parse("03 căn")).toMatchObject({ value: 3, unit: "căn", notes: ["zero_padded"] });
    expect(parse("04 công trình")).toMatchObject({ value: 4, unit: "công trình" });
    expect(parse("01 ổ dịch")).toMatchObject({ value: 1, unit: "ổ dịch" });
  });

  it("reads decimals with both marks and units with symbols", () => {
    expect(parse("22.313,03")).toMatchObject({ value: 22_313.03, ambiguous: false, notes: [] });
    expect(parse("303,55 m²")).toMatchObject({ value: 303.55, unit: "m²", ambiguous: false });
  });

  it("reads signs, decomposed diacritics and no-break spaces", () => {
    expect(parse("-1.234,5").value).toBe(-1234.5);
    expect(parse("−3 hộ").value).toBe(-3);
    expect(parse("+96.549").alternatives).toEqual([96.549]);
    expect(parse("-96.549").alternatives).toEqual([-96.549]);
    expect(parse("121,224\u00a0tỷ đồng".normalize("NFD"))).toMatchObject({
      value: 121_224_000_000,
      unit: "đồng",
    });
  });

  it("lets English win when asked", () => {
    expect(parse("96.549 tấn", { locale: "en" })).toMatchObject({
      value: 96.549,
      alternatives: [96_549],
    });
    expect(parse("1,234.5", { locale: "en" })).toMatchObject({
      value: 1234.5,
      ambiguous: false,
      notes: [],
    });
  });
});

describe("parseVietnameseNumber errors", () => {
  const cases: [string, string][] = [
    ["", "ô trống"],
    ["không xảy ra", "không tìm thấy chữ số"],
    ["1.23.456 tấn", "dấu chấm, dấu phẩy"],
    ["14/8/2023", "nhiều hơn một số"],
    ["3.033 lao động đạt 101.10%", "nhiều hơn một số"],
    ["5 nghìn tỷ đồng", "thứ tự"],
    ["465 triệu 25 tỷ", "thứ tự"],
    ["25 tỷ 4.650", "hai số liền nhau"],
    ["5 triệu%", "không đúng chỗ"],
  ];
  it.each(cases)("rejects %j with a Vietnamese reason", (text, reason) => {
    try {
      parse(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BaocaoError);
      const e = error as BaocaoError;
      expect(e.code).toBe("number.invalid");
      expect(e.message).toContain("Không đọc được số");
      expect(e.message).toContain(reason);
      expect(e.details.input).toBe(text);
    }
  });
});
