import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import {
  addDecimal,
  decimalToNumber,
  decimalToString,
  shiftDecimal,
  toDecimal,
  trimDecimal,
} from "./decimal.ts";

describe("toDecimal", () => {
  it("reads a float by its shortest printed form, not its binary value", () => {
    expect(toDecimal(1.005)).toEqual({ negative: false, digits: 1005n, scale: 3 });
    expect(toDecimal(56.585)).toEqual({ negative: false, digits: 56585n, scale: 3 });
  });

  it("reads bigints, plain strings and exponent forms", () => {
    expect(toDecimal(-8_701_210_279n)).toEqual({
      negative: true,
      digits: 8_701_210_279n,
      scale: 0,
    });
    expect(decimalToString(toDecimal("-22313.03"))).toBe("-22313.03");
    expect(decimalToString(toDecimal(1e21))).toBe("1000000000000000000000");
    expect(decimalToString(toDecimal(1e-7))).toBe("0.0000001");
  });

  it("keeps zero unsigned", () => {
    expect(toDecimal(-0).negative).toBe(false);
    expect(decimalToString(toDecimal("-0.000"))).toBe("0.000");
  });

  it("rejects what is not a number", () => {
    expect(() => toDecimal(Number.NaN)).toThrow(
      expect.objectContaining({ code: "number.not_finite" }),
    );
    try {
      toDecimal("12,5");
      expect.unreachable();
    } catch (error) {
      expect(isBaocaoError(error, "number.invalid")).toBe(true);
    }
  });
});

describe("decimal arithmetic", () => {
  it("scales by powers of ten exactly", () => {
    expect(decimalToNumber(shiftDecimal(toDecimal("121.224"), 9))).toBe(121_224_000_000);
    expect(decimalToString(shiftDecimal(toDecimal(458_921_000), -6))).toBe("458.921000");
  });

  it("adds signed values and trims", () => {
    expect(decimalToString(addDecimal(toDecimal("25000000000"), toDecimal("465000000.0")))).toBe(
      "25465000000",
    );
    expect(decimalToString(addDecimal(toDecimal("1.5"), toDecimal("-2.25")))).toBe("-0.75");
  });

  it("trims trailing zeros down to a floor", () => {
    expect(decimalToString(trimDecimal(toDecimal("64.300")))).toBe("64.3");
    expect(decimalToString(trimDecimal(toDecimal("64.300"), 2))).toBe("64.30");
    expect(decimalToString(trimDecimal(toDecimal("64"), 2))).toBe("64.00");
  });
});
