import { describe, expect, it } from "vitest";
import { REAL_REPORTS, readRealReport, scoreRealReport } from "./locality-truth.ts";

// Issue 20's third measure: real reports of other localities, each read back against the
// template written for it by hand; the truth is its dataset, whose composed figures equal the
// figures copied by hand from the page (test/dataset/*-locality-report.test.ts).
describe("real reports of other localities read back against their own templates", () => {
  it("reads the commune's 6-month report (xã Đức Giang) with no wrong value; only the amounts in words are left", async () => {
    const truth = await readRealReport(REAL_REPORTS[0] as (typeof REAL_REPORTS)[0]);
    try {
      const score = scoreRealReport(truth);
      expect(score.wrong).toEqual([]);
      expect(score.missed).toEqual([
        "crop_income: số viết bằng chữ chưa đọc lại được",
        "livestock_income: số viết bằng chữ chưa đọc lại được",
        "fruit_income: số viết bằng chữ chưa đọc lại được",
      ]);
      expect(score.correct).toBe(score.invertible - 3);
      expect(score.correct).toBeGreaterThanOrEqual(30);
    } finally {
      await truth.store.close();
    }
  });

  it("reads the district's quarterly report (huyện Đơn Dương): figures in tỷ đồng as the template writes them", async () => {
    const truth = await readRealReport(REAL_REPORTS[1] as (typeof REAL_REPORTS)[1]);
    try {
      const score = scoreRealReport(truth);
      expect(score.wrong).toEqual([]);
      expect(score.missed).toEqual([]);
      expect(score.correct).toBe(score.invertible);
      expect(score.correct).toBeGreaterThanOrEqual(8);
    } finally {
      await truth.store.close();
    }
  });
});
