import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "./decimal-round.ts";

describe("roundHalfUp", () => {
  it.each([
    [56.585, 2, 56.59],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [101.588, 0, 102],
    [100.544, 0, 101],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [-2.345, 2, -2.35],
    [1250, -2, 1300],
    [0.004, 2, 0],
    [0.005, 2, 0.01],
    [99.995, 2, 100],
    [1e21, 2, 1e21],
    [5e-324, 2, 0],
    [12.3, 5, 12.3],
  ])("roundHalfUp(%d, %d) = %d", (value, digits, expected) => {
    expect(roundHalfUp(value, digits)).toBe(expected);
  });

  it("never returns -0 and leaves non-finite values alone", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it("property: a decimal whose next digit is 5 rounds away from zero", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (kept, n, negative) => {
          // `${kept}5e-${n + 1}`: the kept digits followed by a 5, e.g. 1235e-2 = 12.35 for n = 1.
          const value = Number(`${kept}5e-${n + 1}`);
          const expected = Number(`${kept + 1}e-${n}`);
          const sign = negative ? -1 : 1;
          expect(roundHalfUp(sign * value, n)).toBe(sign * expected);
        },
      ),
    );
  });

  it("property: the result is within half a unit of the last kept digit, and stable", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, n) => {
          const r = roundHalfUp(x, n);
          expect(Math.abs(r - x)).toBeLessThanOrEqual(
            0.5 * 10 ** -n * (1 + 1e-9) + Math.abs(x) * 1e-15,
          );
          expect(roundHalfUp(r, n)).toBe(r);
        },
      ),
    );
  });
});
