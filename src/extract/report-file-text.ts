import mammoth from "mammoth";
import { BaocaoError } from "../core/errors.ts";
import { pdfText } from "./pdf-text.ts";

/**
 * The plain text of a past report file: TXT and MD as UTF-8, DOCX through mammoth and a PDF with
 * a text layer through PDF.js (their paragraphs, one a line).
 */
export async function reportFileText(bytes: Uint8Array, name: string): Promise<string> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".txt") || lower.endsWith(".md"))
    return new TextDecoder("utf-8").decode(bytes);
  if (lower.endsWith(".docx")) {
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return value;
    } catch (error) {
      throw new BaocaoError(
        "extract.unreadable_file",
        `Không đọc được tệp Word ${name}: ${error instanceof Error ? error.message : String(error)}.`,
        { file: name },
      );
    }
  }
  if (lower.endsWith(".pdf")) return pdfText(bytes, name);
  throw new BaocaoError(
    "extract.unsupported_file",
    `Không đọc được tệp ${name}: chỉ nhận .txt, .md, .docx, .pdf.`,
    { file: name },
  );
}
