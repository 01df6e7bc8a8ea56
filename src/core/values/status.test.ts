import { describe, expect, it } from "vitest";
import { isEstimateTotal, isValueStatus, totalStatus, VALUE_STATUSES } from "./status.ts";

describe("value status of totals", () => {
  it("makes a total with any estimated part an estimate", () => {
    expect(isEstimateTotal(["official", "estimate", "official"])).toBe(true);
    expect(isEstimateTotal([{ status: "official" }, { status: "official" }])).toBe(false);
    expect(totalStatus([{ status: "official" }, "estimate"])).toBe("estimate");
    expect(totalStatus(["official"])).toBe("official");
    expect(totalStatus([])).toBe("official");
  });

  it("labels both statuses", () => {
    expect(VALUE_STATUSES.map((s) => s.nameVi)).toEqual(["Ước", "Chính thức"]);
    expect(isValueStatus("estimate")).toBe(true);
    expect(isValueStatus("ước")).toBe(false);
  });
});
