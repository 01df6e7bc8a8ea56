export {
  type AssembledValues,
  assembleValues,
  type HeldBack,
  type KnownKey,
  type KnownValues,
  neededKnownValues,
  type RecoveredTarget,
  type RecoveredValue,
  type ValueKey,
} from "./assemble-values.ts";
export { type CheckContext, checkFigures, type FigureCheck, neededByChecks } from "./checks.ts";
export {
  type ExtractedReport,
  type ExtractRequest,
  extractReport,
  type FoundFigure,
  type MissingFigure,
} from "./extract-report.ts";
export { type Inversion, invertFigure } from "./invert.ts";
export { readFigure } from "./read-figure.ts";
export { reportFileText } from "./report-file-text.ts";
export { extractSummary } from "./summary.ts";
export type { TemplateFigure } from "./template-sentences.ts";
export { writeTargetsYaml, writeValuesCsv } from "./write-values-csv.ts";
