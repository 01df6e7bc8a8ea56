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

/**
 * Reads a template's front matter (the YAML between the `---` lines, which start at `firstLine`)
 * into the document's metadata: text fields are text, `recipients` a list of lines; anything else
 * is a `report.front_matter` error naming the field or the line.
 */
export function readFrontMatter(yaml: string, firstLine: number): Partial<ReportMeta> {
  let data: unknown;
  try {
    data = parseYaml(yaml, { maxAliasCount: TEMPLATE_LIMITS.aliases, prettyErrors: false });
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
