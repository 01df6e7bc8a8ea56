import type { ReportMeta } from "../../../../../src/report/model.ts";
import { readFrontMatter } from "../../../../../src/report/template/front-matter.ts";
import { splitFrontMatter } from "../../../../../src/report/template/split-front-matter.ts";

/**
 * The template's document fields as the server reads them (the same reader), or the reason they
 * cannot be read — then the form stays closed and the text is fixed where the check points.
 */
export function readTemplateMeta(
  template: string,
): { meta: Partial<ReportMeta> } | { error: string } {
  const part = splitFrontMatter(template.replace(/\r\n?/g, "\n").split("\n"));
  if (part === undefined) return { meta: {} };
  if (part === "open")
    return { error: "Phần đầu (---) của mẫu báo cáo không có dòng --- kết thúc." };
  try {
    return { meta: readFrontMatter(part.yaml, part.firstLine) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
