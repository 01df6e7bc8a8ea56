import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "./format-number.ts";
import { formatPercent } from "./format-percent.ts";

describe("formatNumber", () => {
  it("groups thousands with dots and marks decimals with a comma, as the report does", () => {
    expect(formatNumber(96549)).toBe("96.549");
    expect(formatNumber(240_849)).toBe("240.849");
    expect(formatNumber(8_701_210_279)).toBe("8.701.210.279");
    expect(formatNumber(5.219)).toBe("5,219");
    expect(formatNumber(22_313.03)).toBe("22.313,03");
    expect(formatNumber(303.55)).toBe("303,55");
    expect(formatNumber(852)).toBe("852");
    expect(formatNumber(0)).toBe("0");
  });

  it("rounds to the figure's decimals and keeps its trailing zeros", () => {
    expect(formatNumber(5.2194, { decimals: 3 })).toBe("5,219");
    expect(formatNumber(64.3, { decimals: 3 })).toBe("64,300");
    expect(formatNumber(1.005, { decimals: 2 })).toBe("1,01");
    expect(formatNumber(2.5, { decimals: 0, rounding: "half-even" })).toBe("2");
    expect(formatNumber(16_633.4, { decimals: 0 })).toBe("16.633");
  });

  it("trims trailing zeros down to minDecimals", () => {
    expect(formatNumber(93.9, { decimals: 2, minDecimals: 0 })).toBe("93,9");
    expect(formatNumber(101, { decimals: 2, minDecimals: 0 })).toBe("101");
    expect(formatNumber(87.2, { minDecimals: 2 })).toBe("87,20");
    expect(() => formatNumber(1, { decimals: 1, minDecimals: 2 })).toThrow(
      expect.objectContaining({ code: "number.invalid_option" }),
    );
  });

  it("pads counts below ten when the house style wants it", () => {
    expect(formatNumber(3, { pad2: true })).toBe("03");
    expect(formatNumber(4, { pad2: true })).toBe("04");
    expect(formatNumber(1, { pad2: true })).toBe("01");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(13, { pad2: true })).toBe("13");
    expect(formatNumber(0, { pad2: true })).toBe("0");
    expect(formatNumber(3.5, { pad2: true })).toBe("3,5");
    expect(formatNumber(-3, { pad2: true })).toBe("-03");
  });

  it("writes negatives and never a negative zero", () => {
    expect(formatNumber(-1_234_567.5)).toBe("-1.234.567,5");
    expect(formatNumber(-0.004, { decimals: 2 })).toBe("0,00");
  });

  it("switches to English marks for the English UI", () => {
    expect(formatNumber(22_313.03, { locale: "en" })).toBe("22,313.03");
    expect(formatNumber(-8_701_210_279, { locale: "en" })).toBe("-8,701,210,279");
  });

  it("can leave out grouping, as some tables do", () => {
    expect(formatNumber(2322, { grouping: false })).toBe("2322");
  });

  it("accepts exact decimal strings and bigints beyond 2^53", () => {
    expect(formatNumber("12345678901234567.891")).toBe("12.345.678.901.234.567,891");
    expect(formatNumber(10n ** 18n)).toBe("1.000.000.000.000.000.000");
  });
});

describe("formatPercent", () => {
  it("glues the sign to the figure", () => {
    expect(formatPercent(56.585, { decimals: 2 })).toBe("56,59%");
    expect(formatPercent(93.9, { decimals: 2 })).toBe("93,90%");
    expect(formatPercent(0.2)).toBe("0,2%");
    expect(formatPercent(101)).toBe("101%");
    expect(formatPercent(101.1, { decimals: 2, locale: "en" })).toBe("101.10%");
  });

  it("never writes a space before %", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        fc.constantFrom("vi" as const, "en" as const),
        (value, decimals, locale) => {
          const text = formatPercent(
            value,
            decimals === undefined ? { locale } : { decimals, locale },
          );
          expect(text).toMatch(/\S%$/);
          expect(text).not.toMatch(/\s/);
        },
      ),
    );
  });
});
