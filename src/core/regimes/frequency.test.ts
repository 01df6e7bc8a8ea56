import { describe, expect, it } from "vitest";
import { formatPeriodId, monthPeriod, parsePeriod } from "../periods/index.ts";
import { FREQUENCIES, frequencyOf, frequencyPeriod } from "./frequency.ts";

describe("a form's frequency and the periods it covers", () => {
  it("maps the stored nine_months to January–September and back", () => {
    expect(frequencyOf(parsePeriod("2023-9M"))).toBe("nine_months");
    const nine = frequencyPeriod("nine_months", monthPeriod(2023, 4));
    expect(nine && formatPeriodId(nine)).toBe("2023-9M");
    expect(frequencyPeriod("nine_months", monthPeriod(2023, 10))).toBeUndefined();
  });

  it("files no form for the other year-to-date periods", () => {
    expect(frequencyOf(parsePeriod("2023-7M"))).toBeUndefined();
    expect(frequencyOf(parsePeriod("2023-11M"))).toBeUndefined();
  });

  it("is the period's own kind for the kinds that tile the year", () => {
    for (const id of ["2023-08", "2023-Q3", "2023-H2", "2023"]) {
      const p = parsePeriod(id);
      const frequency = frequencyOf(p);
      expect(frequency).toBe(p.type);
      expect(FREQUENCIES).toContain(frequency);
    }
    expect(frequencyPeriod("quarter", monthPeriod(2023, 8))).toEqual(parsePeriod("2023-Q3"));
    expect(frequencyPeriod("half", monthPeriod(2023, 8))).toEqual(parsePeriod("2023-H2"));
  });
});
