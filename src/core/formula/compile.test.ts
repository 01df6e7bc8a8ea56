import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { compileFormula } from "./compile.ts";
import { simpleSymbols } from "./symbols.ts";

const symbols = simpleSymbols({ received: [], on_time: [], pending: [] });

function failure(source: string) {
  try {
    compileFormula(source, symbols);
  } catch (error) {
    if (isBaocaoError(error)) return error;
    throw error;
  }
  throw new Error("compiled");
}

describe("compileFormula", () => {
  it("returns the frozen tree, its type and its dependencies", () => {
    const compiled = compileFormula("on_time + pending - received + ytd(on_time)", symbols);
    expect(compiled.type).toBe("number");
    expect(compiled.dependencies).toEqual(["on_time", "pending", "received"]);
    expect(Object.isFrozen(compiled)).toBe(true);
  });

  it("throws the first issue with line, column, excerpt and the full list", () => {
    const error = failure("on_time +\n  pendng + recieved");
    expect(error.code).toBe("formula.unknown_name");
    expect(error.message).toBe("Không có chỉ tiêu 'pendng' ở dòng 2, cột 3 (và 1 lỗi khác)");
    expect(error.details).toMatchObject({
      line: 2,
      column: 3,
      excerpt: "  pendng + recieved\n  ^",
    });
    expect(error.details.issues).toHaveLength(2);
  });

  it("passes syntax errors through", () => {
    expect(failure("on_time +").code).toBe("formula.syntax");
  });

  it("demands a result type when asked", () => {
    expect(() => compileFormula("received", symbols, { expect: "boolean" })).toThrow(
      "Công thức phải cho ra giá trị đúng/sai",
    );
  });

  it("compiles a slice of a template and keeps only that slice as source", () => {
    const template = "Đạt {{ pct_of(received, plan) | percent }}";
    const start = template.indexOf("pct_of");
    const end = template.indexOf(" |");
    const compiled = compileFormula(template, symbols, { start, end });
    expect(compiled.source).toBe("pct_of(received, plan)");
    expect(compiled.tree.span).toMatchObject({ start, column: start + 1 });
  });
});
