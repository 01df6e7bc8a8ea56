import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { convert } from "./convert.ts";
import { findMeasureUnit, findMeasureUnitBySymbol, getMeasureUnit } from "./find-measure-unit.ts";
import { measureUnits } from "./measure-units.ts";

describe("convert", () => {
  it("reads 25 tỷ 465 triệu đồng as 25.465 triệu đồng", () => {
    expect(convert(25, "ty_dong", "trieu_dong") + 465).toBe(25_465);
    expect(convert(25.465, "ty_dong", "trieu_dong")).toBe(25_465);
    expect(convert(25_465, "trieu_dong", "ty_dong")).toBe(25.465);
  });

  it("converts đồng amounts written in full", () => {
    expect(convert(64_260_000, "dong", "trieu_dong")).toBe(64.26);
    expect(convert(121.224, "ty_dong", "nghin_dong")).toBe(121_224_000);
  });

  it("converts 1 tấn = 10 tạ = 1000 kg", () => {
    expect(convert(1, "tan", "ta")).toBe(10);
    expect(convert(1, "tan", "kg")).toBe(1000);
    expect(convert(10, "ta", "kg")).toBe(1000);
    expect(convert(96_549, "tan", "ta")).toBe(965_490);
  });

  it("converts 1 ha = 10.000 m²", () => {
    expect(convert(1, "ha", "m2")).toBe(10_000);
    expect(convert(303.55, "m2", "ha")).toBeCloseTo(0.030355, 12);
  });

  it("converts yields: 5,219 tấn/ha = 52,19 tạ/ha", () => {
    expect(convert(5.219, "tan_per_ha", "ta_per_ha")).toBeCloseTo(52.19, 12);
  });

  it("leaves a value unchanged within the same unit", () => {
    expect(convert(852, "ho_so", "ho_so")).toBe(852);
  });

  it("throws catalogue.incompatible_units across dimensions", () => {
    const attempt = () => convert(1, "tan", "ha");
    expect(attempt).toThrow(/khác loại/);
    try {
      attempt();
    } catch (error) {
      expect(isBaocaoError(error, "catalogue.incompatible_units")).toBe(true);
      if (isBaocaoError(error)) {
        expect(error.details).toMatchObject({ fromDimension: "mass", toDimension: "area" });
      }
    }
  });

  it("never turns one count into another (hộ → người)", () => {
    expect(() => convert(5, "ho", "nguoi")).toThrow(
      expect.objectContaining({ code: "catalogue.incompatible_units" }),
    );
  });

  it("throws catalogue.unknown_unit for an unknown code", () => {
    expect(() => convert(1, "mau", "ha")).toThrow(
      expect.objectContaining({ code: "catalogue.unknown_unit", details: { unit: "mau" } }),
    );
  });

  it("accepts a custom unit table", () => {
    const units = [
      ...measureUnits,
      { code: "cong", symbol: "công", nameEn: "công (1,000 m²)", dimension: "area", factor: 1000 },
    ];
    expect(convert(10, "cong", "ha", units)).toBe(1);
  });

  // Figures in reports never go below a millionth; subnormal doubles would underflow by design.
  it("round-trips any report-sized value through any two units of a dimension", () => {
    const dimensions = new Map<string, string[]>();
    for (const u of measureUnits) {
      dimensions.set(u.dimension, [...(dimensions.get(u.dimension) ?? []), u.code]);
    }
    const pairs = [...dimensions.values()].flatMap((codes) =>
      codes.flatMap((a) => codes.map((b) => [a, b] as const)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc
          .double({ min: -1e12, max: 1e12, noNaN: true })
          .filter((v) => v === 0 || Math.abs(v) >= 1e-6),
        ([from, to], value) => {
          const back = convert(convert(value, from, to), to, from);
          expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-12);
        },
      ),
    );
  });
});

describe("measure unit table", () => {
  it("has unique codes and a base unit of factor 1 in every dimension", () => {
    const codes = measureUnits.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    const dimensions = new Set(measureUnits.map((u) => u.dimension));
    for (const d of dimensions) {
      expect(measureUnits.some((u) => u.dimension === d && u.factor === 1)).toBe(true);
    }
  });

  it("holds the units the brief lists", () => {
    const symbols = measureUnits.map((u) => u.symbol);
    for (const s of [
      "đồng",
      "nghìn đồng",
      "triệu đồng",
      "tỷ đồng",
      "kg",
      "tạ",
      "tấn",
      "m²",
      "ha",
      "người",
      "hộ",
      "lượt",
      "hồ sơ",
      "vụ",
      "ca",
      "căn",
      "học sinh",
      "lao động",
      "đối tượng",
      "công trình",
      "dự án",
      "giấy",
      "tin bài",
      "lớp",
      "ổ dịch",
      "%",
      "tấn/ha",
    ]) {
      expect(symbols).toContain(s);
    }
  });

  it("finds units by code and by the way a report writes them", () => {
    expect(findMeasureUnit("ha")?.nameEn).toBe("hectare");
    expect(findMeasureUnit("nope")).toBeUndefined();
    expect(getMeasureUnit("tan_per_ha").symbol).toBe("tấn/ha");
    expect(findMeasureUnitBySymbol("Triệu  đồng")?.code).toBe("trieu_dong");
    expect(findMeasureUnitBySymbol(" HỒ SƠ ")?.code).toBe("ho_so");
    expect(findMeasureUnitBySymbol("")).toBeUndefined();
  });
});
