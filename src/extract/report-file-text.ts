import mammoth from "mammoth";
import { BaocaoError } from "../core/errors.ts";

/**
 * The plain text of a past report file: TXT and MD as UTF-8, DOCX through mammoth (its
 * paragraphs, one a line). PDF is not read yet: convert it first (`pdftotext -layout f.pdf`,
 * for a PDF with a text layer) and give the text.
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
  throw new BaocaoError(
    "extract.unsupported_file",
    lower.endsWith(".pdf")
      ? `Chưa đọc được PDF (${name}): hãy chuyển sang văn bản trước, ví dụ “pdftotext -layout ${name}”, rồi đưa tệp .txt.`
      : `Không đọc được tệp ${name}: chỉ nhận .txt, .md, .docx.`,
    { file: name },
  );
}
