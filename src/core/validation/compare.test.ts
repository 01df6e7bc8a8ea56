import { describe, expect, it } from "vitest";
import { holds } from "./compare.ts";

describe("holds", () => {
  it("compares exactly up to floating-point noise", () => {
    expect(holds(0.1 + 0.2, "==", 0.3)).toBe(true);
    expect(holds(853, "==", 852)).toBe(false);
    expect(holds(853, "!=", 852)).toBe(true);
    expect(holds(0.1 + 0.2, "!=", 0.3)).toBe(false);
  });

  it("lets the sides miss by the tolerance", () => {
    expect(holds(101, "==", (16633 / 16543) * 100, 0.5)).toBe(true);
    expect(holds(101, "==", (6524 / 6422) * 100, 0.5)).toBe(false);
    expect(holds(100.5, "==", 100, 0.5)).toBe(true);
    expect(holds(10.4, "<=", 10, 0.5)).toBe(true);
    expect(holds(10.6, "<=", 10, 0.5)).toBe(false);
    expect(holds(9.6, ">=", 10, 0.5)).toBe(true);
  });

  it("keeps < and > strict without tolerance", () => {
    expect(holds(5, "<", 5)).toBe(false);
    expect(holds(5, ">", 5)).toBe(false);
    expect(holds(4.9, "<", 5)).toBe(true);
    expect(holds(5.1, ">", 5)).toBe(true);
    expect(holds(5, "<=", 5)).toBe(true);
    expect(holds(5, ">=", 5)).toBe(true);
  });
});
