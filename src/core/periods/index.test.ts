import { describe, expect, it } from "vitest";
import * as periods from "./index.ts";

describe("public API", () => {
  it("answers the reference report's questions through the index alone", () => {
    const august = periods.parsePeriod("202308");
    expect(periods.formatPeriodId(august)).toBe("2023-08");
    expect(periods.periodRange(august, "decree09")).toEqual({
      start: "2023-07-15",
      end: "2023-08-14",
    });
    expect(periods.vietnameseName(periods.nextPeriod(august))).toBe("tháng 9 năm 2023");
    expect(periods.formatPeriodId(periods.samePeriodLastYear(august))).toBe("2022-08");
    expect(periods.yearToDate(august, "decree09").months).toHaveLength(8);
  });

  it("exports the functions the rest of the system uses", () => {
    const names = Object.keys(periods).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        "comparePeriods",
        "englishName",
        "formatPeriodId",
        "makePeriod",
        "monthsOf",
        "parsePeriod",
        "periodContaining",
        "periodRange",
        "previousPeriod",
        "samePeriodLastYear",
        "shiftPeriod",
        "tryParsePeriod",
        "vietnameseName",
        "yearToDate",
      ]),
    );
  });
});
