import type { ReportDocument } from "../model.ts";
import type { OutputFormat } from "../output-formats.ts";
import { renderDocx } from "./docx.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { docxToPdf } from "./pdf.ts";

const RENDERERS: Readonly<Record<OutputFormat, (report: ReportDocument) => Promise<Buffer>>> = {
  docx: renderDocx,
  pdf: async (report) => docxToPdf(await renderDocx(report)),
  html: async (report) => Buffer.from(renderHtml(report)),
  md: async (report) => Buffer.from(renderMarkdown(report)),
};

/** The report written as a file of the format. */
export function renderAs(report: ReportDocument, format: OutputFormat): Promise<Buffer> {
  return RENDERERS[format](report);
}
