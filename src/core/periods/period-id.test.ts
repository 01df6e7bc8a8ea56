import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyPeriod } from "../../../test/support/arbitraries/periods.ts";
import { BaocaoError } from "../errors.ts";
import { firstMonth, lastMonth } from "./month-span.ts";
import { MAX_YEAR, MIN_YEAR, type Period } from "./period.ts";
import { formatPeriodId, parsePeriod, tryParsePeriod } from "./period-id.ts";

const month = (year: number, index: number): Period => ({ type: "month", year, index });

function thrown(run: () => unknown): BaocaoError {
  try {
    run();
  } catch (error) {
    if (error instanceof BaocaoError) return error;
    throw error;
  }
  throw new Error("expected a BaocaoError");
}

/** Every spelling the parser accepts for a period, canonical first. */
function spellings(p: Period): string[] {
  const y = String(p.year);
  const i = String(p.index);
  switch (p.type) {
    case "month": {
      const mm = i.padStart(2, "0");
      return [`${y}-${mm}`, `${y}${mm}`];
    }
    case "quarter":
      return [`${y}-Q${i}`, `${y}Q${i}`, `${y}-q${i}`];
    case "half":
      return [`${y}-H${i}`, `${y}S${i}`, `${y}H${i}`, `${y}-S${i}`, `${y}s${i}`];
    case "year_to_date":
      return [`${y}-${i}M`, `${y}-${i}m`, `${y}${i}M`, `${y}-${i.padStart(2, "0")}M`];
    case "year":
      return [y];
  }
}

describe("parsePeriod", () => {
  it("reads the canonical ids", () => {
    expect(parsePeriod("2023-08")).toEqual(month(2023, 8));
    expect(parsePeriod("2023-Q3")).toEqual({ type: "quarter", year: 2023, index: 3 });
    expect(parsePeriod("2023-H1")).toEqual({ type: "half", year: 2023, index: 1 });
    expect(parsePeriod("2023-H2")).toEqual({ type: "half", year: 2023, index: 2 });
    expect(parsePeriod("2023-9M")).toEqual({ type: "year_to_date", year: 2023, index: 9 });
    expect(parsePeriod("2023-7M")).toEqual({ type: "year_to_date", year: 2023, index: 7 });
    expect(parsePeriod("2023-11M")).toEqual({ type: "year_to_date", year: 2023, index: 11 });
    expect(parsePeriod("2023")).toEqual({ type: "year", year: 2023, index: 1 });
  });

  it("reads n months from January as the one kind that covers them", () => {
    const read = (id: string) => formatPeriodId(parsePeriod(id));
    expect(read("2023-1M")).toBe("2023-01");
    expect(read("2023-2M")).toBe("2023-2M");
    expect(read("2023-3M")).toBe("2023-Q1");
    expect(read("2023-6M")).toBe("2023-H1");
    expect(read("2023-12M")).toBe("2023");
    expect(read("2023-07M")).toBe("2023-7M");
  });

  it("reads DHIS2 ids, where S1/S2 are half-years", () => {
    expect(parsePeriod("202308")).toEqual(month(2023, 8));
    expect(parsePeriod("202312")).toEqual(month(2023, 12));
    expect(parsePeriod("2023Q3")).toEqual({ type: "quarter", year: 2023, index: 3 });
    expect(parsePeriod("2023S1")).toEqual({ type: "half", year: 2023, index: 1 });
    expect(parsePeriod("2023S2")).toEqual({ type: "half", year: 2023, index: 2 });
  });

  it("ignores case and surrounding spaces", () => {
    expect(parsePeriod(" 2023-q4 ")).toEqual({ type: "quarter", year: 2023, index: 4 });
    expect(parsePeriod("2023s2")).toEqual({ type: "half", year: 2023, index: 2 });
  });

  it("rejects unknown shapes with the id and the accepted forms in Vietnamese", () => {
    const error = thrown(() => parsePeriod("08/2023"));
    expect(error.code).toBe("period.invalid_id");
    expect(error.details).toEqual({ input: "08/2023" });
    expect(error.message).toBe(
      'Mã kỳ báo cáo không hợp lệ: "08/2023". Các dạng được chấp nhận: 2023-08 (tháng), ' +
        "2023-Q3 (quý), 2023-H1 hoặc 2023-H2 (6 tháng), 2023-7M, 2023-9M, 2023-11M " +
        "(7, 9, 11 tháng đầu năm), 2023 (năm); hoặc dạng DHIS2: 202308, 2023Q3, 2023S1.",
    );
  });

  it("says which part is out of range", () => {
    const cases: [string, string][] = [
      ["2023-13", "tháng phải từ 01 đến 12"],
      ["202300", "tháng phải từ 01 đến 12"],
      ["2023-Q5", "quý phải từ 1 đến 4"],
      ["2023-Q0", "quý phải từ 1 đến 4"],
      ["2023S3", "kỳ 6 tháng phải là 1 (đầu năm) hoặc 2 (cuối năm)"],
      ["2023-13M", "số tháng đầu năm phải từ 1 đến 12"],
      ["2023-0M", "số tháng đầu năm phải từ 1 đến 12"],
      ["1899", "năm phải từ 1900 đến 2200"],
      ["2201-01", "năm phải từ 1900 đến 2200"],
    ];
    for (const [id, reason] of cases) {
      const error = thrown(() => parsePeriod(id));
      expect(error.code, id).toBe("period.invalid_id");
      expect(error.details, id).toEqual({ input: id, reason });
      expect(error.message, id).toContain(`"${id}" (${reason}).`);
    }
  });

  it("rejects near misses that would be ambiguous", () => {
    for (const id of [
      "2023-8",
      "23-08",
      "2023-Q",
      "2023-H",
      "2023-M",
      "2023-123M",
      "2023-08-01",
      "",
      "Q3",
    ]) {
      expect(tryParsePeriod(id), id).toBeUndefined();
    }
  });

  it("rejects a non-string input from untyped callers", () => {
    expect(thrown(() => parsePeriod(202308 as unknown as string)).code).toBe("period.invalid_id");
  });
});

describe("tryParsePeriod", () => {
  it("returns the period or undefined", () => {
    expect(tryParsePeriod("2023S1")).toEqual({ type: "half", year: 2023, index: 1 });
    expect(tryParsePeriod("2023-S3")).toBeUndefined();
  });
});

describe("formatPeriodId", () => {
  it("writes the canonical form only", () => {
    expect(formatPeriodId(month(2023, 8))).toBe("2023-08");
    expect(formatPeriodId(month(2023, 12))).toBe("2023-12");
    expect(formatPeriodId(parsePeriod("2023Q3"))).toBe("2023-Q3");
    expect(formatPeriodId(parsePeriod("2023S1"))).toBe("2023-H1");
    expect(formatPeriodId(parsePeriod("2023S2"))).toBe("2023-H2");
    expect(formatPeriodId(parsePeriod("20239m"))).toBe("2023-9M");
    expect(formatPeriodId(parsePeriod("2023"))).toBe("2023");
  });
});

describe("properties", () => {
  it("parse(format(p)) = p for every period", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(parsePeriod(formatPeriodId(p))).toEqual(p);
      }),
    );
  });

  it("every accepted spelling parses to the same period and formats canonically", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const [canonical, ...others] = spellings(p);
        expect(formatPeriodId(p)).toBe(canonical);
        for (const id of others) {
          expect(parsePeriod(id)).toEqual(p);
          expect(formatPeriodId(parsePeriod(id))).toBe(canonical);
        }
      }),
    );
  });

  it("YYYY-nM is January to month n for every n, in one canonical id that reads back the same", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
        fc.integer({ min: 1, max: 12 }),
        (year, n) => {
          const p = parsePeriod(`${year}-${n}M`);
          expect([p.year, firstMonth(p), lastMonth(p)]).toEqual([year, 1, n]);
          expect(parsePeriod(formatPeriodId(p))).toEqual(p);
        },
      ),
    );
  });
});
