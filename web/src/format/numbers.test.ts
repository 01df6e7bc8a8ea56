import { describe, expect, it } from "vitest";
import { fmtChange, fmtExact, fmtNumber, fmtPercent, parseLocaleNumber } from "./numbers.ts";

describe("UI numbers", () => {
  it("writes figures the Vietnamese way", () => {
    expect(fmtNumber(240849, 0)).toBe("240.849");
    expect(fmtNumber(5.2194, 3)).toBe("5,219");
    expect(fmtNumber(null, 0)).toBe("—");
    expect(fmtPercent(56.585, 2)).toBe("56,59%");
    expect(fmtChange(1.84, 1)).toBe("+1,8%");
    expect(fmtChange(-0.3, 1)).toBe("-0,3%");
    expect(fmtExact(52500)).toBe("52.500");
    expect(fmtExact(1234.5)).toBe("1.234,5");
  });

  it("reads what a clerk types", () => {
    expect(parseLocaleNumber("1.234,5")).toBe(1234.5);
    expect(parseLocaleNumber("1234,5")).toBe(1234.5);
    expect(parseLocaleNumber("96.549")).toBe(96549);
    expect(parseLocaleNumber(" ")).toBeNaN();
    expect(parseLocaleNumber("1,234.5", "en")).toBe(1234.5);
  });
});
