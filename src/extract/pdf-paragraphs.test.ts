import { describe, expect, it } from "vitest";
import { type PdfRun, pdfParagraphs } from "./pdf-paragraphs.ts";

/** A run of 14-point text whose width is 7 points a character, as a justified line gives. */
const run = (text: string, x: number, y: number, size = 14): PdfRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe("a PDF's lines put back into paragraphs", () => {
  // An A4 page: text from x = 85 to x = 85 + 66 characters; first lines indented by 36 points.
  const full = "x".repeat(66);
  const page1 = [
    run("2", 300, 800, 13),
    run(`- Đầu đoạn ${full.slice(16)}`, 121, 700),
    run(full, 85, 686),
    run("ngắn.", 85, 672),
    run(`- Đoạn sau ${full.slice(16)}`, 121, 652),
    run("tới thị xã", 85, 638),
    run("1", 155, 643.6, 8),
    run(`; rồi ${full.slice(16)}`, 155, 638),
    run(full, 85, 624),
    run("1", 85, 90.6, 8),
    run("Kế hoạch số 51/KH-UBND của", 89, 85, 10),
    run("thị xã.", 85, 73, 10),
  ];
  const page2 = [run("3", 300, 800, 13), run("tiếp trang sau.", 85, 774)];

  it("joins wrapped lines, across a page too, and starts a paragraph at an indent or after a short line", () => {
    const lines = pdfParagraphs([{ runs: page1 }, { runs: page2 }]).split("\n");
    expect(lines).toEqual([
      `- Đầu đoạn ${full.slice(16)} ${full} ngắn.`,
      `- Đoạn sau ${full.slice(16)} tới thị xã¹; rồi ${full.slice(16)} ${full} tiếp trang sau.`,
      "¹Kế hoạch số 51/KH-UBND của thị xã.",
    ]);
  });

  it("keeps lines apart that a wider gap or another size separates", () => {
    const text = pdfParagraphs([
      {
        runs: [
          run(full, 85, 700),
          run(full, 85, 686),
          run(full, 85, 672),
          run(full, 85, 640),
          run(full, 85, 626, 12),
        ],
      },
    ]);
    expect(text.split("\n")).toEqual([`${full} ${full} ${full}`, full, full]);
  });
});
