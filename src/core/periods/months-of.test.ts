import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPeriod } from "../../../test/support/arbitraries/periods.ts";
import { monthsOf } from "./months-of.ts";
import { formatPeriodId, parsePeriod } from "./period-id.ts";
import { periodRange } from "./period-range.ts";

const ids = (id: string) => monthsOf(parsePeriod(id)).map(formatPeriodId);

describe("monthsOf", () => {
  it("lists the months of each type", () => {
    expect(ids("2023-08")).toEqual(["2023-08"]);
    expect(ids("2023-Q1")).toEqual(["2023-01", "2023-02", "2023-03"]);
    expect(ids("2023-Q4")).toEqual(["2023-10", "2023-11", "2023-12"]);
    expect(ids("2023-H2")).toEqual([
      "2023-07",
      "2023-08",
      "2023-09",
      "2023-10",
      "2023-11",
      "2023-12",
    ]);
    expect(ids("2023-7M")).toEqual([
      "2023-01",
      "2023-02",
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
    ]);
    expect(ids("2023-11M").at(-1)).toBe("2023-11");
    expect(ids("2023-9M")).toHaveLength(9);
    expect(ids("2023-9M").at(-1)).toBe("2023-09");
    expect(ids("2023")).toHaveLength(12);
    expect(ids("2023")[0]).toBe("2023-01");
  });

  it("returns month periods", () => {
    expect(monthsOf(parsePeriod("2023-Q3"))[1]).toEqual({ type: "month", year: 2023, index: 8 });
  });

  it("months lie inside the period's calendar range and are contiguous", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const months = monthsOf(p);
        const whole = periodRange(p, "calendar");
        expect(months.length).toBeGreaterThan(0);
        months.forEach((m, i) => {
          const r = periodRange(m, "calendar");
          expect(m.type).toBe("month");
          expect(r.start >= whole.start && r.end <= whole.end).toBe(true);
          const prev = months[i - 1];
          if (prev !== undefined) {
            expect(m.year).toBe(prev.year);
            expect(m.index).toBe(prev.index + 1);
          }
        });
      }),
    );
  });
});
