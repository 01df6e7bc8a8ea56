export { allRuns } from "./all-runs.ts";
export { type ReportCheck, reportChecks } from "./checks.ts";
export {
  compareDocuments,
  type DocumentComparison,
  type FigureChange,
  type TextChange,
} from "./compare/index.ts";
export { type ComposeRequest, composeReport, UNRESOLVED } from "./compose.ts";
export {
  type Composed,
  type ComposeJob,
  type Composer,
  ComposerPool,
  type ComposerPoolOptions,
  inThreadComposer,
} from "./composer/index.ts";
export { FIGURE_BASES, type FigureBasis } from "./figure-basis.ts";
export { type FigureFormat, formatFigure, parseFigureFormat } from "./figure-format.ts";
export type { Block, FigureRun, Footnote, ReportDocument, ReportMeta, Run } from "./model.ts";
export {
  OFFERED_FORMATS,
  OUTPUT_FORMAT_CODES,
  OUTPUT_FORMATS,
  type OutputFormat,
} from "./output-formats.ts";
export { renderDocx } from "./render/docx.ts";
export { renderHtml } from "./render/html.ts";
export { renderMarkdown } from "./render/markdown.ts";
export { docxToPdf, findLibreOffice, pdfConverter } from "./render/pdf.ts";
export { renderAs } from "./render/render-as.ts";
export { type ComposedReport, ReportService } from "./report-service.ts";
export {
  type OwnedSection,
  ownedSections,
  type PendingSection,
  type SectionDetail,
  type SectionKey,
  SectionService,
  type SectionView,
  spliceSections,
} from "./sections/index.ts";
export { TEMPLATE_LIMITS } from "./template/limits.ts";
export { parseTemplate, type Template } from "./template/parse-template.ts";
export {
  describeForm,
  type UnapprovedForm,
  unapprovedForms,
} from "./unapproved-forms.ts";
export { assertUnitsReadable, type MayRead } from "./units-read.ts";
