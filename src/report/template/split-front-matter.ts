/** A template's front matter (the lines between its opening `---` and the next `---`). */
export interface FrontMatterPart {
  /** The lines between the two `---` lines. */
  readonly yaml: string;
  /** The first of those lines, counted from 1 (the opening `---` is line 1). */
  readonly firstLine: number;
  /** Line index (from 0) of the closing `---`; the body starts after it. */
  readonly end: number;
}

/**
 * Finds the front matter of a template's lines: none when the first line is not `---`, `"open"`
 * when the closing `---` is missing.
 */
export function splitFrontMatter(lines: readonly string[]): FrontMatterPart | "open" | undefined {
  if (lines[0]?.trim() !== "---") return undefined;
  const end = lines.indexOf("---", 1);
  if (end < 0) return "open";
  return { yaml: lines.slice(1, end).join("\n"), firstLine: 2, end };
}
