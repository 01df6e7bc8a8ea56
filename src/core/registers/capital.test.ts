import { describe, expect, it } from "vitest";
import { formatPercent } from "../numbers/index.ts";
import { commitmentGap, commitmentShare, pctOfPlan } from "./capital.ts";
import type { Commitment } from "./types.ts";

const level = (dueDate: string, sharePct: number): Commitment => ({
  projectCode: "",
  managingLevel: "tinh_quan_ly",
  dueDate,
  sharePct,
  note: "",
});

describe("capital figures", () => {
  it("gives % of plan and the gap to the commitment in points, as the report rounds them", () => {
    // Province-managed capital, August 2023: 21.727 of 64.300 triệu, 34,0% committed by 31/8.
    expect(formatPercent(pctOfPlan(21_727, 64_300) as number, { decimals: 0 })).toBe("34%");
    const gap = commitmentGap(21_727, 0.34 * 64_300, 64_300) as number;
    expect(gap).toBeCloseTo(-0.21, 2);
    expect(formatPercent(Math.abs(gap), { decimals: 1 })).toBe("0,2%");
    // Town-managed capital: 42.088 of 56.924 triệu against 90,3%.
    const town = commitmentGap(42_088, 0.903 * 56_924, 56_924) as number;
    expect(formatPercent(Math.abs(town), { decimals: 1 })).toBe("16,4%");
    expect(pctOfPlan(10, null)).toBeNull();
    expect(commitmentGap(10, null, 100)).toBeNull();
    expect(commitmentGap(null, 50, 100)).toBe(-50);
  });

  it("takes a project's own commitment over its level's, the first not yet due otherwise the last", () => {
    const project = { code: "DA_T01", managingLevel: "tinh_quan_ly" as const };
    const all = [level("2023-08-31", 34), level("2023-09-30", 45), level("2024-06-30", 50)];
    expect(commitmentShare(all, project, 2023, "2023-03-31")).toBe(34);
    expect(commitmentShare(all, project, 2023, "2023-08-31")).toBe(34);
    expect(commitmentShare(all, project, 2023, "2023-09-30")).toBe(45);
    expect(commitmentShare(all, project, 2023, "2023-12-31")).toBe(45);
    const own = { ...level("2023-08-31", 60), projectCode: "DA_T01", managingLevel: null };
    expect(commitmentShare([...all, own], project, 2023, "2023-08-31")).toBe(60);
    expect(
      commitmentShare(all, { ...project, managingLevel: "huyen_quan_ly" }, 2023, "2023-08-31"),
    ).toBeNull();
  });
});
