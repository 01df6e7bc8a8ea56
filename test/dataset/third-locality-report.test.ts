import { expect, it } from "vitest";
import { lineText, narrativeChecks, plainLine } from "../../src/report/narrative/index.ts";
import { describeLocalityReport } from "./locality-report.ts";

// Issue 17: a third locality, a district's quarterly report (by the statistics office), composed for a quarter.
describeLocalityReport(
  "the third locality's quarterly report (huyện Đơn Dương)",
  {
    dataset: "datasets/huyen-don-duong-2024",
    template: "reports/huyen-don-duong/bao-cao-quy.md",
    fixture: "test/fixtures/huyen-don-duong/bao-cao-quy-1-2024.yaml",
    minParagraphs: 7,
  },
  (get) => {
    // 38,6 + 11,9 + 9,6 = 60,1 after "trong đó", and no figure left typed: the checks find nothing,
    // in the composed report nor in the source as copied by hand.
    it("passes the narrative checks, as the source does", () => {
      const { report, source } = get();
      const composed = report.blocks.flatMap((b) => (b.kind === "table" ? [] : [b.runs]));
      expect(composed.flatMap((runs) => narrativeChecks(lineText(runs)))).toEqual([]);
      const typed = source.text.split("\n").flatMap((line) => narrativeChecks(plainLine(line)));
      expect(typed.filter((f) => f.kind !== "typed_number")).toEqual([]);
    });

    it("takes its letterhead from the statistics office and names the quarter", () => {
      const { report } = get();
      expect(report.meta.parentBody).toBe("CỤC THỐNG KÊ TỈNH LÂM ĐỒNG");
      expect(report.meta.issuingBody).toBe("CHI CỤC THỐNG KÊ KHU VỰC ĐỨC TRỌNG - ĐƠN DƯƠNG");
      expect(report.meta.subject).toBe("Tình hình kinh tế - xã hội quý I năm 2024 huyện Đơn Dương");
    });
  },
);
