import { describe, expect, it } from "vitest";
import { assertNoCycles, detectCycles } from "./cycles.ts";
import { parseFormula } from "./parser.ts";

describe("detectCycles", () => {
  it("names a cycle among derived indicators", () => {
    const cycles = detectCycles({ a: "b + 1", b: "c * 2", c: "a - stored", d: "a + 1" });
    expect(cycles).toEqual([{ path: ["a", "b", "c", "a"], text: "a → b → c → a" }]);
  });

  it("finds a self-reference, also through another period", () => {
    expect(detectCycles({ stock: "prev(stock) + inflow" }).map((c) => c.text)).toEqual([
      "stock → stock",
    ]);
  });

  it("finds separate cycles and names each by its shortest way back to its first code", () => {
    const cycles = detectCycles({ x: "y", y: "x", p: "q + r", q: "r", r: "p" });
    expect(cycles.map((c) => c.text)).toEqual(["p → r → p", "x → y → x"]);
  });

  it("finds none in an acyclic catalogue, and accepts parsed trees", () => {
    expect(detectCycles({ pct: "done / total * 100", done: parseFormula("a + b") })).toEqual([]);
  });

  it("throws formula.cycle naming the cycle", () => {
    expect(() => assertNoCycles({ a: "b", b: "a" })).toThrow(
      expect.objectContaining({
        code: "formula.cycle",
        message: "Công thức tham chiếu vòng tròn: a → b → a",
        details: { cycle: ["a", "b", "a"], cycles: [["a", "b", "a"]] },
      }),
    );
    expect(() => assertNoCycles({ a: "b" })).not.toThrow();
  });

  it("says whose formula has a syntax error", () => {
    expect(() => detectCycles({ ok: "1", bad: "a +" })).toThrow(
      expect.objectContaining({
        code: "formula.syntax",
        message:
          "Công thức của chỉ tiêu 'bad': Công thức bị cụt, thiếu một giá trị ở dòng 1, cột 4",
      }),
    );
  });
});
