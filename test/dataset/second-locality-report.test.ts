import { expect, it } from "vitest";
import { describeLocalityReport } from "./locality-report.ts";

// Issue 17: a second locality, a commune's 6-month report, composed for a half-year period.
describeLocalityReport(
  "the second locality's 6-month report (xã Đức Giang)",
  {
    dataset: "datasets/xa-duc-giang-2021",
    template: "reports/xa-duc-giang/bao-cao-6-thang.md",
    fixture: "test/fixtures/xa-duc-giang/bao-cao-6-thang-2021.yaml",
    minParagraphs: 15,
  },
  (get) => {
    it("takes its letterhead from the commune and names the half-year", () => {
      const { report } = get();
      expect(report.meta.parentBody).toBe("UBND HUYỆN VŨ QUANG");
      expect(report.meta.issuingBody).toBe("ỦY BAN NHÂN DÂN XÃ ĐỨC GIANG");
      expect(report.meta.subject).toBe(
        "Tình hình kinh tế - xã hội 6 tháng đầu năm 2021 và phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
      );
    });
  },
);
