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

  it("reads a province's monthly report found with the search tool (Lạng Sơn, 10/2023) against a template written for it: every value, none wrong", async () => {
    const truth = await readRealReport(REAL_REPORTS[2] as (typeof REAL_REPORTS)[2]);
    try {
      const score = scoreRealReport(truth);
      expect(score.wrong).toEqual([]);
      expect(score.missed).toEqual([]);
      expect(score.correct).toBe(13);
      // Each of the 13 values checked by hand is a figure of the template, read once.
      const read = truth.report.found.filter((f) => f.inversion.kind !== "check");
      expect(read.map((f) => f.figure.source).sort()).toEqual(
        [
          "retail_sales",
          "crop_sown_area[crop=lua]",
          ...["lua", "ngo", "khoai_lang", "lac"].flatMap((c) => [
            `crop_harvested_area[crop=${c}]`,
            `crop_yield[crop=${c}]`,
          ]),
          ...["lua", "ngo", "khoai_lang"].map((c) => `crop_output[crop=${c}]`),
        ].sort(),
      );
      // The report's own slip (“năng suất lúa” under “Cây ngô”) does not stop the reading.
      expect(read.find((f) => f.figure.source === "crop_yield[crop=ngo]")?.sentence).toMatch(
        /năng suất lúa đạt 46,87 tạ\/ha/,
      );
    } finally {
      await truth.store.close();
    }
  });
});
