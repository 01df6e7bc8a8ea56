import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { evaluate, type FormulaEnv } from "./evaluator.ts";
import { parseFormula } from "./parser.ts";
import type { ReferenceQuery } from "./reference.ts";

// Values by the printed reference key: "x", "x@ytd", "x@-1y", "x#plan"…
function keyOf(q: ReferenceQuery): string {
  const sel = q.selectors.map((s) =>
    s.category === null ? s.option : `${s.category}=${s.option}`,
  );
  const period = `${q.period.ytd ? "@ytd" : ""}${q.period.offset ? `@${q.period.offset}` : ""}${
    q.period.yearOffset ? `@${q.period.yearOffset}y` : ""
  }`;
  return `${q.indicator}${sel.length ? `[${sel.join(",")}]` : ""}${period}${q.target ? `#${q.target}` : ""}`;
}

function envOf(values: Record<string, number | null>, children?: (number | null)[]): FormulaEnv {
  return {
    resolve: (q) => values[keyOf(q)] ?? null,
    ...(children === undefined ? {} : { resolveChildren: () => children }),
  };
}

const env = envOf({
  received: 852,
  on_time: 829,
  pending: 24,
  zero: 0,
  "rice[he_thu]": 96549,
  "rice[he_thu]@-1y": 94649,
  "rice@ytd": 240849,
  "rice@ytd@-1y": 238124,
  "rice@-1": 1000,
  "rice@-2": 900,
  "revenue@ytd": 25465,
  "revenue@ytd#plan": 45000,
  "revenue#plan": 45000,
});

function run(source: string, e: FormulaEnv = env) {
  return evaluate(parseFormula(source), e);
}

function value(source: string, e: FormulaEnv = env) {
  return run(source, e).value;
}

describe("evaluate: arithmetic and references", () => {
  it("computes with operator precedence", () => {
    expect(value("1 + 2 * 3 ^ 2")).toBe(19);
    expect(value("-2 ^ 2")).toBe(-4);
    expect(value("2 ^ -1")).toBe(0.5);
    expect(value("(on_time + pending) - received")).toBe(1);
  });

  it("reads references with selectors and period shifts", () => {
    expect(value("rice[he_thu] - last_year(rice[he_thu])")).toBe(1900);
    expect(value("ytd(rice) - last_year(ytd(rice))")).toBe(2725);
    expect(value("last_year(ytd(rice)) == ytd(last_year(rice))")).toBe(true);
    expect(value("prev(rice) + offset(rice, -2) + prev(prev(rice))")).toBe(2800);
  });

  it("computes a percentage of target", () => {
    expect(value("round(pct_of(ytd(revenue), plan), 2)")).toBe(56.59);
    expect(value("ytd(revenue) / target(ytd(revenue), plan) * 100")).toBeCloseTo(56.5889, 4);
  });

  it("lists every value read, as written", () => {
    const result = run("pct_of(ytd(revenue), plan) + rice[he_thu]");
    expect(result.references.map((r) => [r.text, r.value])).toEqual([
      ["ytd(revenue)", 25465],
      ["target(ytd(revenue), plan)", 45000],
      ["rice[he_thu]", 96549],
    ]);
    expect(result.references[1]?.query).toEqual({
      indicator: "revenue",
      selectors: [],
      period: { ytd: true, offset: 0, yearOffset: 0 },
      target: "plan",
    });
  });
});

describe("evaluate: missing data and division by zero", () => {
  it("spreads null through arithmetic, comparison and min/max", () => {
    expect(value("missing + 1")).toBeNull();
    expect(value("-missing")).toBeNull();
    expect(value("missing > 1")).toBeNull();
    expect(value("missing == missing")).toBeNull();
    expect(value("max(missing, 3)")).toBeNull();
    expect(value("abs(missing)")).toBeNull();
    expect(value("round(missing, 2)")).toBeNull();
    expect(value("pct_of(missing, plan)")).toBeNull();
  });

  it("lets coalesce and sum skip nulls", () => {
    expect(value("coalesce(missing, pending, 7)")).toBe(24);
    expect(value("coalesce(missing, missing)")).toBeNull();
    expect(value("sum(on_time, missing, pending)")).toBe(853);
    expect(value("sum(missing, missing)")).toBeNull();
  });

  it("uses three-valued logic for and / or / not", () => {
    expect(value("missing > 1 and false")).toBe(false);
    expect(value("missing > 1 and true")).toBeNull();
    expect(value("missing > 1 or true")).toBe(true);
    expect(value("missing > 1 or false")).toBeNull();
    expect(value("not (missing > 1)")).toBeNull();
    expect(value("not (1 > 2)")).toBe(true);
  });

  it("gives null and a located diagnostic on division by zero, never Infinity", () => {
    const result = run("received +\n  on_time / zero");
    expect(result.value).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "formula.division_by_zero",
        message: "Chia cho 0, kết quả để trống ở dòng 2, cột 3",
        line: 2,
        column: 3,
      }),
    ]);
    expect(run("0 / 0").value).toBeNull();
    expect(run("pct_of(rice, plan)", envOf({ rice: 5, "rice#plan": 0 })).diagnostics[0]?.code).toBe(
      "formula.division_by_zero",
    );
  });

  it("reports overflow instead of returning Infinity", () => {
    const result = run("10 ^ 400");
    expect(result.value).toBeNull();
    expect(result.diagnostics[0]?.code).toBe("formula.not_finite");
  });
});

describe("evaluate: functions", () => {
  it("evaluates only the branch that if() chooses", () => {
    const result = run("if(zero == 0, 0, received / zero)");
    expect(result.value).toBe(0);
    expect(result.diagnostics).toEqual([]);
    expect(value("if(missing > 0, 1, 2)")).toBeNull();
  });

  it("computes min, max and abs", () => {
    expect(value("min(3, 1, 2)")).toBe(1);
    expect(value("max(3, 1, 2)")).toBe(3);
    expect(value("abs(pending - received)")).toBe(828);
  });

  it("rounds half up on decimal digits", () => {
    expect(value("round(56.585, 2)")).toBe(56.59);
    expect(value("round(1.005, 2)")).toBe(1.01);
    expect(value("round(2.5)")).toBe(3);
    expect(value("round(-2.5)")).toBe(-3);
    expect(value("round(6524 / 6422 * 100, 1)")).toBe(101.6);
    expect(value("round(96549, -3)")).toBe(97000);
  });

  it("rejects a fractional number of digits with a diagnostic", () => {
    const result = run("round(1.25, 0.5)");
    expect(result.value).toBeNull();
    expect(result.diagnostics[0]?.code).toBe("formula.invalid_argument");
  });

  it("sums child units, skipping the ones that did not report", () => {
    const result = run("sum_children(ytd(rice))", envOf({}, [10, null, 5.5]));
    expect(result.value).toBe(15.5);
    expect(result.references[0]).toMatchObject({
      text: "sum_children(ytd(rice))",
      value: 15.5,
      query: { indicator: "rice", period: { ytd: true } },
    });
    expect(value("sum_children(rice)", envOf({}, [null]))).toBeNull();
    const noChildren = run("sum_children(rice)");
    expect(noChildren.value).toBeNull();
    expect(noChildren.diagnostics[0]?.code).toBe("formula.no_children");
  });
});

describe("evaluate: trees the checker would reject", () => {
  it.each([
    ["1 + (2 > 1)", "formula.type_mismatch"],
    ["not 1", "formula.type_mismatch"],
    ["ytd(1 + 2)", "formula.type_mismatch"],
    ["nope(1)", "formula.unknown_function"],
  ])("%s throws %s", (source, code) => {
    expect(() => run(source)).toThrow(expect.objectContaining({ code }));
    try {
      run(source);
    } catch (error) {
      expect(isBaocaoError(error) && error.details.line).toBe(1);
    }
  });

  it("returns a frozen result", () => {
    const result = run("rice[he_thu]");
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.references)).toBe(true);
  });
});
