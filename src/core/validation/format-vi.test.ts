import { describe, expect, it } from "vitest";
import { formatNumberVi } from "./format-vi.ts";

describe("formatNumberVi", () => {
  it.each([
    [852, "852"],
    [6366, "6.366"],
    [240849, "240.849"],
    [101.58829, "101,59"],
    [56.585, "56,59"],
    [87.2, "87,2"],
    [-1900, "-1.900"],
    [-0.001, "0"],
    [1234567.5, "1.234.567,5"],
  ])("%d → %s", (value, text) => {
    expect(formatNumberVi(value)).toBe(text);
  });

  it("takes the number of decimals to keep", () => {
    expect(formatNumberVi(5.2193, 3)).toBe("5,219");
    expect(formatNumberVi(99.89, 0)).toBe("100");
  });
});
