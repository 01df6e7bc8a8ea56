import { describe, expect, it } from "vitest";
import { parseFormula } from "./parser.ts";
import { readReference } from "./reference.ts";

function query(source: string) {
  const read = readReference(parseFormula(source));
  if (!read.ok) throw new Error(read.reason);
  return read.query;
}

describe("readReference", () => {
  it("reads a bare reference in the current period", () => {
    expect(query("x[school_level=thcs, urban]")).toEqual({
      indicator: "x",
      selectors: [
        { category: "school_level", option: "thcs" },
        { category: null, option: "urban" },
      ],
      period: { ytd: false, offset: 0, yearOffset: 0 },
      target: null,
    });
  });

  it("composes period shifts in any order", () => {
    expect(query("last_year(ytd(x))").period).toEqual({ ytd: true, offset: 0, yearOffset: -1 });
    expect(query("ytd(last_year(x))").period).toEqual({ ytd: true, offset: 0, yearOffset: -1 });
    expect(query("prev(offset(x, -2))").period).toEqual({ ytd: false, offset: -3, yearOffset: 0 });
    expect(query("offset(x, 1)").period.offset).toBe(1);
  });

  it("reads a target of a shifted reference", () => {
    expect(query("target(ytd(x), plan)")).toMatchObject({ target: "plan", period: { ytd: true } });
  });

  it("says why something is not a reference", () => {
    const bad = readReference(parseFormula("ytd(1)"));
    expect(bad).toMatchObject({ ok: false, node: { kind: "number" } });
    expect(readReference(parseFormula("target(target(x, plan), plan)"))).toMatchObject({
      ok: false,
      reason: "'target' lặp lại hai lần",
    });
  });
});

describe("readReference: immutability", () => {
  it("returns frozen queries, for bare and shifted references alike", () => {
    for (const source of ["x[p]", "last_year(x[p])"]) {
      const q = query(source);
      expect(Object.isFrozen(q)).toBe(true);
      expect(Object.isFrozen(q.period)).toBe(true);
      expect(Object.isFrozen(q.selectors[0])).toBe(true);
    }
  });
});
