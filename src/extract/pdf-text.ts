import { BaocaoError } from "../core/errors.ts";
import { type PdfPage, type PdfRun, pdfParagraphs } from "./pdf-paragraphs.ts";

/** More pages than a monthly report ever has: past that, the file is refused before it is read. */
export const MAX_PDF_PAGES = 300;

/**
 * The text of a PDF with a text layer (one saved from Word or LibreOffice), read in-process
 * with PDF.js, as paragraphs one a line. A scanned PDF (pictures of pages, no text) is refused
 * with a message naming the file: reading pictures needs OCR, which baocao does not do.
 */
export async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  // Loaded on first use: PDF.js is large, and most commands never read a PDF.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    // PDF.js takes ownership of (detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name_ = error instanceof Error ? error.name : "";
    throw new BaocaoError(
      "extract.unreadable_file",
      name_ === "PasswordException"
        ? `Tệp PDF ${name} có mật khẩu: hãy lưu lại bản không khóa rồi tải lên.`
        : `Không đọc được tệp PDF ${name}: ${error instanceof Error ? error.message : String(error)}.`,
      { file: name },
    );
  }
  try {
    if (document.numPages > MAX_PDF_PAGES)
      throw new BaocaoError(
        "extract.unreadable_file",
        `Tệp PDF ${name} có ${document.numPages} trang, quá ${MAX_PDF_PAGES} trang của một báo cáo.`,
        { file: name, pages: document.numPages },
      );
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        // Rotated text (a margin note written sideways) is not part of the report's lines.
        if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
        runs.push({ text: item.str, x, y, width: item.width, size: Math.abs(d) });
      }
      pages.push({ runs });
      page.cleanup();
    }
    const text = pdfParagraphs(pages);
    if (!/\p{L}/u.test(text))
      throw new BaocaoError(
        "extract.pdf_without_text",
        `Tệp PDF ${name} không có lớp chữ (có lẽ là bản scan, chỉ có ảnh các trang): không đọc được số liệu. Hãy dùng bản Word (.docx), hoặc PDF lưu ra từ Word.`,
        { file: name },
      );
    return text;
  } finally {
    await document.destroy();
  }
}
