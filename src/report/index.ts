export { type ComposeRequest, composeReport, UNRESOLVED } from "./compose.ts";
export { type FigureFormat, formatFigure, parseFigureFormat } from "./figure-format.ts";
export type { Block, FigureRun, Footnote, ReportDocument, ReportMeta, Run } from "./model.ts";
export { renderDocx } from "./render/docx.ts";
export { renderHtml } from "./render/html.ts";
export { renderMarkdown } from "./render/markdown.ts";
export { docxToPdf, findLibreOffice } from "./render/pdf.ts";
export { parseTemplate, type Template } from "./template/parse-template.ts";
