import { describe, expect, it } from "vitest";
import { paragraphs, reportSentences, sentenceText } from "./sentences.ts";

describe("report sentences", () => {
  it("joins a paragraph cut by a page break, around the page's footnote", () => {
    const text =
      "theo Kế hoạch của thị xã¹; qua đó, các cấp tuyên truyền xây dựng đô\n\n¹ Kế hoạch số 51/KH-UBND.\n\nthị văn minh. Đôn đốc thực hiện mô hình.";
    expect(paragraphs(text)).toEqual([
      "theo Kế hoạch của thị xã; qua đó, các cấp tuyên truyền xây dựng đô thị văn minh. Đôn đốc thực hiện mô hình.",
      "Kế hoạch số 51/KH-UBND.",
    ]);
  });

  it("splits at ';' and at a full stop before a capital, never inside a number", () => {
    const sentences = reportSentences(
      "năng suất 5,219 tấn/ha, tổng sản lượng 96.549 tấn (*tăng 1.900*); giá lúa cao. Lũy kế 240.849 tấn.",
    ).map(sentenceText);
    expect(sentences).toEqual([
      "năng suất 5,219 tấn/ha, tổng sản lượng 96.549 tấn (tăng 1.900);",
      "giá lúa cao.",
      "Lũy kế 240.849 tấn.",
    ]);
  });
});
