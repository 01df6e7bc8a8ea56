import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalToString, makeDecimal, pow10, toDecimal } from "./decimal.ts";
import type { RoundingMode } from "./rounding.ts";
import { roundDecimal, roundScaled } from "./rounding.ts";

describe("roundDecimal", () => {
  it("rounds the decimal digits, not the binary float", () => {
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(56.585, 2)).toBe(56.59);
    expect(roundDecimal(2.675, 2)).toBe(2.68);
    expect(roundDecimal(1.0049999, 2)).toBe(1);
  });

  it("rounds halves away from zero by default, like Excel's ROUND", () => {
    expect(roundDecimal(-1.005, 2)).toBe(-1.01);
    expect(roundDecimal(0.5, 0)).toBe(1);
    expect(roundDecimal(-0.5, 0)).toBe(-1);
  });

  it("supports half-even, floor, ceil and trunc", () => {
    const cases: [number, RoundingMode, number][] = [
      [2.5, "half-even", 2],
      [3.5, "half-even", 4],
      [-2.5, "half-even", -2],
      [2.51, "half-even", 3],
      [2.9, "floor", 2],
      [-2.1, "floor", -3],
      [2.1, "ceil", 3],
      [-2.9, "ceil", -2],
      [-2.9, "trunc", -2],
    ];
    for (const [value, mode, expected] of cases)
      expect(roundDecimal(value, 0, mode)).toBe(expected);
    expect(roundDecimal(0.125, 2, "half-even")).toBe(0.12);
  });

  it("computes the report's percentages as written", () => {
    expect(roundDecimal((4.836 / 4.985) * 100, 2)).toBe(97.01);
    expect(roundDecimal((8_701_210_279 / 15_394_966_145) * 100, 2)).toBe(56.52);
    expect(roundDecimal((3_600_966_728 / 53_856_840_942) * 100, 2)).toBe(6.69);
    expect(roundDecimal((22_313.03 / 22_338.49) * 100, 2)).toBe(99.89);
    expect(roundDecimal((11 / 13) * 100, 1)).toBe(84.6);
    expect(roundDecimal((2322 / 2663) * 100, 1)).toBe(87.2);
  });

  it("pads to the requested scale and never leaves a negative zero", () => {
    expect(decimalToString(roundScaled(toDecimal(64.3), 3))).toBe("64.300");
    expect(decimalToString(roundScaled(toDecimal(-0.004), 2))).toBe("0.00");
  });

  it("rejects invalid options", () => {
    expect(() => roundDecimal(1, -1)).toThrow(
      expect.objectContaining({ code: "number.invalid_option" }),
    );
    expect(() => roundDecimal(1, 1.5)).toThrow(
      expect.objectContaining({ code: "number.invalid_option" }),
    );
    expect(() => roundDecimal(1, 1, "up" as RoundingMode)).toThrow(
      expect.objectContaining({ code: "number.invalid_option" }),
    );
  });
});

/** Reference: rounding of the scaled integer n / 10^s to d places, computed on integers only. */
function reference(n: bigint, s: number, d: number, mode: RoundingMode): bigint {
  const q = pow10(s - d);
  const abs = n < 0n ? -n : n;
  const sign = n < 0n ? -1n : 1n;
  const floorDiv = (a: bigint): bigint => (a >= 0n ? a / q : -((-a + q - 1n) / q));
  switch (mode) {
    case "half-up":
      return sign * ((abs + q / 2n) / q);
    case "half-even": {
      const base = abs / q;
      const rest = abs % q;
      const up = 2n * rest > q || (2n * rest === q && base % 2n === 1n);
      return sign * (up ? base + 1n : base);
    }
    case "floor":
      return floorDiv(n);
    case "ceil":
      return -floorDiv(-n);
    case "trunc":
      return sign * (abs / q);
  }
}

describe("rounding properties", () => {
  const scaled = fc
    .record({
      n: fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
      s: fc.integer({ min: 1, max: 6 }),
    })
    .chain(({ n, s }) =>
      fc.record({ n: fc.constant(n), s: fc.constant(s), d: fc.integer({ min: 0, max: s - 1 }) }),
    );

  it("half-up agrees with the integer reference, also through JS numbers", () => {
    fc.assert(
      fc.property(scaled, ({ n, s, d }) => {
        const expected = reference(n, s, d, "half-up");
        const exact = makeDecimal(n < 0n, n < 0n ? -n : n, s);
        const rounded = roundScaled(exact, d, "half-up");
        expect((rounded.negative ? -1n : 1n) * rounded.digits).toBe(expected);
        const asNumber = Number(decimalToString(exact));
        expect(roundDecimal(asNumber, d)).toBe(
          Number(
            decimalToString(makeDecimal(expected < 0n, expected < 0n ? -expected : expected, d)),
          ),
        );
      }),
    );
  });

  it("every mode agrees with the integer reference", () => {
    const modes: RoundingMode[] = ["half-even", "floor", "ceil", "trunc"];
    fc.assert(
      fc.property(scaled, fc.constantFrom(...modes), ({ n, s, d }, mode) => {
        const rounded = roundScaled(makeDecimal(n < 0n, n < 0n ? -n : n, s), d, mode);
        expect((rounded.negative ? -1n : 1n) * rounded.digits).toBe(reference(n, s, d, mode));
      }),
    );
  });
});
