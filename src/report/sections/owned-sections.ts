import { headingOf } from "../template/parse-template.ts";

/** A section of a template given to a department by `{owner=UNIT}` on its heading. */
export interface OwnedSection {
  readonly owner: string;
  /** The heading's text without the owner ("1. Kinh tế"). */
  readonly title: string;
  readonly level: 1 | 2;
  /** Its lines in the template, 0-based, `to` excluded. */
  readonly from: number;
  readonly to: number;
  /** The heading line and everything up to the next heading of the same or a higher level. */
  readonly text: string;
}

/**
 * The owned sections of a template's text, in order. A department owns one section of a report:
 * when a template gives it a second heading, only the first is its to write (the others stay the
 * office's), since the section is stored by owner.
 * Example: ownedSections("## 1. Kinh tế {owner=NN_TCKH}\nLúa…\n## 2. …") → [{ owner: "NN_TCKH", … }].
 */
export function ownedSections(template: string): OwnedSection[] {
  const lines = template.replace(/\r\n?/g, "\n").split("\n");
  const start = lines[0]?.trim() === "---" ? lines.indexOf("---", 1) + 1 : 0;
  const headings: { line: number; level: 1 | 2; title: string; owner?: string }[] = [];
  for (let i = Math.max(start, 0); i < lines.length; i++) {
    const heading = headingOf((lines[i] ?? "").trim());
    if (heading) headings.push({ line: i, ...heading });
  }
  const sections: OwnedSection[] = [];
  const seen = new Set<string>();
  for (const [index, heading] of headings.entries()) {
    if (!heading.owner || seen.has(heading.owner)) continue;
    seen.add(heading.owner);
    const next = headings.slice(index + 1).find((h) => h.level <= heading.level);
    const to = next?.line ?? lines.length;
    sections.push({
      owner: heading.owner,
      title: heading.title,
      level: heading.level,
      from: heading.line,
      to,
      text: trimTrailingBlank(lines.slice(heading.line, to)).join("\n"),
    });
  }
  return sections;
}

/**
 * The template with each owner's section replaced by `texts.get(owner)`, when given. A shorter
 * text is padded with blank lines (which the parser skips), so the lines after it keep their
 * numbers and the office's checks and figure chips still point at its own template.
 */
export function spliceSections(template: string, texts: ReadonlyMap<string, string>): string {
  const lines = template.replace(/\r\n?/g, "\n").split("\n");
  const sections = ownedSections(template).filter((s) => texts.has(s.owner));
  for (const section of [...sections].reverse()) {
    const replacement = (texts.get(section.owner) ?? "").replace(/\r\n?/g, "\n").split("\n");
    const span = section.to - section.from;
    const padded = [
      ...replacement,
      ...Array.from({ length: Math.max(0, span - replacement.length) }, () => ""),
    ];
    lines.splice(section.from, span, ...padded);
  }
  return lines.join("\n");
}

function trimTrailingBlank(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? "").trim() === "") end--;
  return lines.slice(0, end);
}
