export type { NarrativeFinding } from "./finding.ts";
export { type LineText, lineText, plainLine } from "./line-text.ts";
export { type LiveFigureLookup, liveFigureLookup } from "./live-figures.ts";
export { type Mention, readMentions } from "./mentions.ts";
export { narrativeChecks } from "./narrative-checks.ts";
export { type NotDataReason, notDataReason } from "./not-data.ts";
export { type TextFinding, textChecks } from "./text-checks.ts";
