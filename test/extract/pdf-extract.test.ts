import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtractedReport, reportFileText } from "../../src/extract/index.ts";
import { paragraphs } from "../../src/extract/sentences.ts";
import { composeReport, docxToPdf, findLibreOffice, renderDocx } from "../../src/report/index.ts";
import {
  extractReference,
  invertible,
  isTrue,
  PERIOD,
  REFERENCE_TEXT,
  type ReferenceTruth,
  referenceTruth,
  UNIT,
} from "./reference-truth.ts";
import { textlessPdf } from "./textless-pdf.ts";

/**
 * The reference report's text (test/fixtures/reference/bao-cao-thang-8-2023.txt) printed to PDF
 * by LibreOffice 7.4 (`soffice --headless --convert-to pdf`): one paragraph a line of the text,
 * left-aligned, no indent and no space between paragraphs — a layout where only the lines'
 * lengths tell where a paragraph ends.
 */
const TEXT_PDF = readFileSync(
  join(import.meta.dirname, "../fixtures/extract/bao-cao-thang-8-2023.pdf"),
);

const libreOffice = await findLibreOffice();
const noLibreOffice = libreOffice
  ? undefined
  : "DOCX → PDF skipped: LibreOffice is not installed (bash .ci/run installs it)";
if (noLibreOffice) console.log(noLibreOffice);

/** What a reading gives, figure by figure: the value read and how it was written, or why not. */
const readings = (report: ExtractedReport) => [
  ...report.found.map((f) => `${f.figure.index} ${f.figure.source} = ${f.value} (${f.written})`),
  ...report.missing.map((m) => `${m.figure.index} ${m.figure.source}: ${m.reason}`),
];

describe("a past report given as a PDF with a text layer", () => {
  let truth: ReferenceTruth;
  beforeAll(async () => {
    truth = await referenceTruth();
  });
  afterAll(() => truth.store.close());

  it("reads the reference report's PDF to the same paragraphs and values as its text", async () => {
    const text = await reportFileText(TEXT_PDF, "bao-cao-thang-8-2023.pdf");
    expect(paragraphs(text)).toEqual(paragraphs(REFERENCE_TEXT));
    const fromPdf = extractReference(truth, text, "bao-cao.pdf");
    const fromText = extractReference(truth, REFERENCE_TEXT, "bao-cao.pdf");
    expect(readings(fromPdf)).toEqual(readings(fromText));
    expect(invertible(fromPdf).length).toBeGreaterThanOrEqual(120);
    expect(invertible(fromPdf).filter((f) => !isTrue(truth, f))).toEqual([]);
  });

  it.skipIf(noLibreOffice !== undefined)(
    "reads a report saved as DOCX and printed to PDF like the DOCX: page numbers, footnotes, paragraphs across pages",
    async () => {
      const report = await composeReport(truth.engine, {
        template: truth.template,
        unit: UNIT,
        period: PERIOD,
      });
      const docx = await renderDocx(report);
      const pdf = await docxToPdf(docx);
      const fromDocx = await reportFileText(docx, "bao-cao.docx");
      const fromPdf = await reportFileText(pdf, "bao-cao.pdf");
      // The body comes out as mammoth gives it, but for the letterhead's cell of two lines;
      // the footnote (which mammoth leaves out) comes last, its mark first, as in the text fixture.
      const body = paragraphs(fromPdf);
      expect(body.at(-1)).toMatch(/^Kế hoạch số 51\/KH-UBND, ngày 17\/3\/2023/);
      expect(fromPdf).toContain("\n¹Kế hoạch số 51/KH-UBND");
      expect(body.slice(3, -1)).toEqual(paragraphs(fromDocx).slice(2));
      // The sentence cut by the first page break is whole again, with no page number inside.
      expect(body).toContainEqual(
        expect.stringMatching(
          /^- Công nghiệp - tiểu thủ công nghiệp .* công nghiệp điều chỉnh bổ sung 01 đề án/,
        ),
      );
      const pdfRead = extractReference(truth, fromPdf, "bao-cao.pdf");
      expect(readings(pdfRead)).toEqual(readings(extractReference(truth, fromDocx, "bao-cao.pdf")));
      expect(pdfRead.missing).toEqual([]);
      expect(invertible(pdfRead).filter((f) => !isTrue(truth, f))).toEqual([]);
    },
    180_000,
  );

  it("refuses a scanned PDF (no text layer) and a broken one, naming the file", async () => {
    await expect(reportFileText(textlessPdf(), "bao-cao-scan.pdf")).rejects.toMatchObject({
      code: "extract.pdf_without_text",
      message: expect.stringMatching(
        /^Tệp PDF bao-cao-scan\.pdf không có lớp chữ \(có lẽ là bản scan/,
      ),
    });
    await expect(
      reportFileText(new TextEncoder().encode("%PDF-1.4\n"), "hong.pdf"),
    ).rejects.toMatchObject({
      code: "extract.unreadable_file",
      message: expect.stringMatching(/^Không đọc được tệp PDF hong\.pdf: /),
    });
  });
});
