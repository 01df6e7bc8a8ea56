import type { ReportMeta } from "../model.ts";
import { FRONT_MATTER_TEXT_FIELDS } from "./front-matter.ts";
import { splitFrontMatter } from "./split-front-matter.ts";

/** The fields in the order a template writes them (as the reference template does). */
const ORDER = [...FRONT_MATTER_TEXT_FIELDS, "cutoffDay"] as const;

/** A text in double quotes on one line: JSON's escapes, and the two line separators escaped too. */
function quoted(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The front matter of a document's metadata, as `readFrontMatter` reads it back exactly: every
 * text in double quotes (JSON's escapes are YAML's), `recipients` one `  - "…"` line each, empty
 * fields left out.
 */
export function writeFrontMatter(meta: Partial<ReportMeta>): string {
  const lines: string[] = [];
  for (const field of ORDER) {
    const value = meta[field];
    if (value === undefined || value === "") continue;
    lines.push(`${field}: ${typeof value === "number" ? value : quoted(value)}`);
  }
  if (meta.recipients && meta.recipients.length > 0) {
    lines.push("recipients:");
    for (const r of meta.recipients) lines.push(`  - ${quoted(r)}`);
  }
  return lines.join("\n");
}

/** The template with its front matter replaced (or put first when it has none); the body kept. */
export function replaceFrontMatter(template: string, meta: Partial<ReportMeta>): string {
  const lines = template.split("\n");
  const part = splitFrontMatter(lines.map((l) => l.replace(/\r$/, "")));
  const body = part === undefined || part === "open" ? lines : lines.slice(part.end + 1);
  return ["---", writeFrontMatter(meta), "---", ...body].join("\n");
}
