import { parse as parseYaml } from "yaml";
import { BaocaoError } from "../../core/errors.ts";
import type { ReportMeta } from "../model.ts";
import { TEMPLATE_LIMITS } from "./limits.ts";

const TEXT_FIELDS = [
  "parentBody",
  "issuingBody",
  "number",
  "place",
  "date",
  "title",
  "subject",
  "signingAuthority",
  "signerTitle",
  "signerName",
] as const;

function invalid(message: string, details: Record<string, unknown>): BaocaoError {
  return new BaocaoError("report.front_matter", `Phần đầu (---) của mẫu báo cáo: ${message}`, {
    ...details,
  });
}

// A value may be quoted or plain, never a YAML collection, anchor, alias, tag or block scalar:
// the front matter needs none of them, and the YAML library takes exponential time on nested flow
// collections (500 "{" took 111 s), so such text never reaches it.
const LINE = /^(?:[A-Za-z][A-Za-z0-9_]*:(?:[ \t]+(.*))?|[ \t]+-[ \t]+(.*))$/;
const SAFE_VALUE =
  /^(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^']*(?:''[^']*)*'|[^\s[\]{}&*!|>?%@`#"'-][^#]*|-[^\s][^#]*)?\s*(?:#.*)?$/;

/** Refuses, naming the line, anything but `name: value` lines, `- value` items and comments. */
function assertPlain(yaml: string, firstLine: number): void {
  const names = new Set<string>();
  yaml.split("\n").forEach((text, i) => {
    const line = firstLine + i;
    if (text.trim() === "" || text.trimStart().startsWith("#")) return;
    const match = LINE.exec(text.trimEnd());
    const value = match?.[1] ?? match?.[2] ?? "";
    const name = /^[A-Za-z]/.test(text) ? text.slice(0, text.indexOf(":")) : undefined;
    if (name !== undefined && names.has(name))
      throw invalid(`dòng ${line}: trường "${name}" đã có ở trên.`, { line, field: name });
    if (name !== undefined) names.add(name);
    if (match && SAFE_VALUE.test(value)) return;
    throw invalid(
      `dòng ${line} không đúng dạng: mỗi dòng là "tên: giá trị" hoặc "  - một dòng" của danh sách (giá trị có thể đặt trong ngoặc kép).`,
      { line },
    );
  });
}

/**
 * Reads a template's front matter (the YAML between the `---` lines, which start at `firstLine`)
 * into the document's metadata: text fields are text, `recipients` a list of lines; anything else
 * is a `report.front_matter` error naming the field or the line.
 */
export function readFrontMatter(yaml: string, firstLine: number): Partial<ReportMeta> {
  if (yaml.length > TEMPLATE_LIMITS.frontMatter) {
    const what = `dài ${yaml.length} ký tự, quá giới hạn ${TEMPLATE_LIMITS.frontMatter}.`;
    throw invalid(what, { line: firstLine, length: yaml.length });
  }
  assertPlain(yaml, firstLine);
  let data: unknown;
  try {
    data = parseYaml(yaml, {
      maxAliasCount: TEMPLATE_LIMITS.aliases,
      prettyErrors: false,
      logLevel: "silent",
    });
  } catch (error) {
    const linePos = (error as { linePos?: { line: number }[] }).linePos?.[0];
    const line = linePos ? firstLine + linePos.line - 1 : firstLine;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw invalid(`không đọc được YAML ở dòng ${line} (${reason}).`, { line });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data))
    throw invalid("cần các dòng dạng `tên: giá trị`.", { line: firstLine });
  const meta: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    if ((TEXT_FIELDS as readonly string[]).includes(field)) {
      if (typeof value !== "string")
        throw invalid(`trường "${field}" phải là một dòng chữ.`, { field });
      meta[field] = value;
    } else if (field === "recipients") {
      if (!Array.isArray(value) || value.some((r) => typeof r !== "string"))
        throw invalid('trường "recipients" (Nơi nhận) phải là danh sách các dòng chữ.', { field });
      meta[field] = value;
    } else {
      const known = [...TEXT_FIELDS, "recipients"].join(", ");
      throw invalid(`không có trường "${field}" (các trường: ${known}).`, { field });
    }
  }
  return meta as Partial<ReportMeta>;
}
