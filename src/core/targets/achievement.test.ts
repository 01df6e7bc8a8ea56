import { describe, expect, it } from "vitest";
import { achievement, gapToTarget, pctOfTarget, proRataPct, targetStatus } from "./achievement.ts";

describe("pctOfTarget with the reference report's figures", () => {
  it("budget revenue: 25.465 triệu đồng at 56,59% of a plan of about 45.000 triệu", () => {
    const pct = pctOfTarget(25_465, 45_000);
    expect(pct).toBeCloseTo(56.59, 2);
    // Reading the plan back from the printed percentage gives ≈ 45.000 triệu đồng.
    expect(25_465 / (56.59 / 100)).toBeCloseTo(45_000, -1);
  });

  it("jobs: 3.033 workers at 101,1% of a plan of 3.000", () => {
    expect(pctOfTarget(3033, 3000)).toBeCloseTo(101.1, 10);
  });

  it("enrolment: 16.633/16.543 pupils is 100,54%, printed 101%", () => {
    expect(pctOfTarget(16_633, 16_543)).toBeCloseTo(100.544, 3);
  });

  it("is null when the target is 0 or either side is missing", () => {
    expect(pctOfTarget(5, 0)).toBeNull();
    expect(pctOfTarget(5, null)).toBeNull();
    expect(pctOfTarget(5, undefined)).toBeNull();
    expect(pctOfTarget(null, 10)).toBeNull();
    expect(pctOfTarget(0, 10)).toBe(0);
  });
});

describe("gapToTarget in percentage points", () => {
  it("province-managed capital: 34% disbursed vs a 34,2% commitment is −0,2 points", () => {
    expect(gapToTarget(34, 34.2)).toBe(-0.2);
  });

  it("town-managed capital: 74% vs a 90,4% commitment is −16,4 points", () => {
    expect(gapToTarget(74, 90.4)).toBe(-16.4);
  });

  it("is positive above target and null when something is missing", () => {
    expect(gapToTarget(101.1, 100)).toBe(1.1);
    expect(gapToTarget(null, 100)).toBeNull();
    expect(gapToTarget(5, undefined)).toBeNull();
  });
});

describe("targetStatus", () => {
  it("reads higher-is-better figures against 100% and 90%", () => {
    expect(targetStatus(101.1, "higher_is_better")).toBe("on_track");
    expect(targetStatus(100, "higher_is_better")).toBe("on_track");
    expect(targetStatus(99.31, "higher_is_better")).toBe("at_risk");
    expect(targetStatus(90, "higher_is_better")).toBe("at_risk");
    expect(targetStatus(87.2, "higher_is_better")).toBe("off_track");
  });

  it("reads lower-is-better figures against ceilings of 100% and 110%", () => {
    expect(targetStatus(80, "lower_is_better")).toBe("on_track");
    expect(targetStatus(105, "lower_is_better")).toBe("at_risk");
    expect(targetStatus(130, "lower_is_better")).toBe("off_track");
  });

  it("takes custom thresholds", () => {
    const thresholds = { onTrack: 95, atRisk: 80 };
    expect(targetStatus(96, "higher_is_better", { thresholds })).toBe("on_track");
    expect(targetStatus(85, "higher_is_better", { thresholds })).toBe("at_risk");
    expect(targetStatus(79, "higher_is_better", { thresholds })).toBe("off_track");
  });

  it("pro-rates an annual plan: revenue at 56,59% by August is behind 8/12 of the year", () => {
    const expectedPct = proRataPct(8);
    expect(expectedPct).toBeCloseTo(66.667, 3);
    expect(targetStatus(56.59, "higher_is_better", { expectedPct })).toBe("off_track");
    expect(targetStatus(62, "higher_is_better", { expectedPct })).toBe("at_risk");
    expect(targetStatus(70, "higher_is_better", { expectedPct })).toBe("on_track");
    expect(targetStatus(56.59, "higher_is_better")).toBe("off_track");
  });

  it("gives no status for a neutral indicator or a missing percentage", () => {
    expect(targetStatus(50, "neutral")).toBeNull();
    expect(targetStatus(null, "higher_is_better")).toBeNull();
  });
});

describe("achievement", () => {
  it("puts % of target, gap and status together", () => {
    const jobs = achievement(3033, 3000, "higher_is_better");
    expect(jobs.pct).toBeCloseTo(101.1, 10);
    expect(jobs.gap).toBe(33);
    expect(jobs.status).toBe("on_track");
  });

  it("reads a disbursement rate against the commitment", () => {
    const province = achievement(34, 34.2, "higher_is_better");
    expect(province.gap).toBe(-0.2);
    expect(province.pct).toBeCloseTo(99.415, 3);
    expect(province.status).toBe("at_risk");
    expect(achievement(74, 90.4, "higher_is_better").status).toBe("off_track");
  });

  it("stays null-safe without a target", () => {
    expect(achievement(10, null, "higher_is_better")).toEqual({
      pct: null,
      gap: null,
      status: null,
    });
  });
});
