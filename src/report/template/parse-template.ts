import { BaocaoError } from "../../core/errors.ts";
import { allRuns } from "../all-runs.ts";
import type { ReportMeta } from "../model.ts";
import { readFrontMatter } from "./front-matter.ts";
import { parseInline, type TemplateRun } from "./inline.ts";
import { TEMPLATE_LIMITS } from "./limits.ts";
import { splitFrontMatter } from "./split-front-matter.ts";

/** A block of a template, its figures not yet resolved. */
export type TemplateBlock =
  | {
      readonly kind: "heading";
      readonly level: 1 | 2;
      readonly runs: readonly TemplateRun[];
      readonly owner?: string;
      readonly line: number;
    }
  | {
      readonly kind: "paragraph";
      readonly runs: readonly TemplateRun[];
      readonly marker?: "-" | "+";
      readonly line: number;
    }
  | {
      readonly kind: "table";
      readonly rows: readonly (readonly TemplateRun[][])[];
      readonly line: number;
    };

/** A parsed template: its metadata (front matter), blocks and footnote texts by id. */
export interface Template {
  readonly meta: Partial<ReportMeta>;
  readonly blocks: readonly TemplateBlock[];
  readonly footnotes: ReadonlyMap<string, readonly TemplateRun[]>;
}

/**
 * Parses a report template. One line is one block: `# ` a part (I., II.), `## ` a section
 * (1., 2.; `{owner=CODE}` at the end gives it to a department), `- ` and `+ ` items, `| … |`
 * table rows, `[^id]: text` a footnote, anything else a paragraph. Front matter between `---`
 * lines holds the document's metadata in YAML. See docs/report-templates.md. Parsing is linear in
 * the text, which may hold at most TEMPLATE_LIMITS; every error names its line.
 */
export function parseTemplate(text: string): Template {
  if (text.length > TEMPLATE_LIMITS.length) {
    throw new BaocaoError(
      "report.template_too_long",
      `Mẫu báo cáo dài ${text.length} ký tự, quá giới hạn ${TEMPLATE_LIMITS.length} ký tự.`,
      { length: text.length, limit: TEMPLATE_LIMITS.length },
    );
  }
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let start = 0;
  let meta: Partial<ReportMeta> = {};
  const front = splitFrontMatter(lines);
  if (front === "open")
    throw new BaocaoError(
      "report.front_matter",
      "Phần đầu (---) của mẫu báo cáo không có dòng --- kết thúc.",
      { line: 1 },
    );
  if (front) {
    meta = readFrontMatter(front.yaml, front.firstLine);
    start = front.end + 1;
  }
  const blocks: TemplateBlock[] = [];
  const footnotes = new Map<string, TemplateRun[]>();
  let table: TemplateRun[][][] | undefined;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed.startsWith("|")) table = undefined;
    if (trimmed === "" || trimmed.startsWith("<!--")) continue;
    const footnote = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(trimmed);
    if (footnote) {
      footnotes.set(footnote[1] as string, parseInline(footnote[2] as string, line));
      continue;
    }
    if (trimmed.startsWith("|")) {
      const cells = splitCells(trimmed);
      if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue; // the header separator row
      const row = cells.map((c) => parseInline(c, line));
      if (!table) {
        table = [];
        blocks.push({ kind: "table", rows: table, line });
      }
      table.push(row);
      continue;
    }
    const heading = headingOf(trimmed);
    if (heading) {
      const { level, title, owner } = heading;
      blocks.push({
        kind: "heading",
        level,
        runs: parseInline(title, line),
        ...(owner ? { owner } : {}),
        line,
      });
      continue;
    }
    const item = /^([-+])\s+(.*)$/.exec(trimmed);
    if (item) {
      blocks.push({
        kind: "paragraph",
        marker: item[1] as "-" | "+",
        runs: parseInline(item[2] as string, line),
        line,
      });
      continue;
    }
    blocks.push({ kind: "paragraph", runs: parseInline(trimmed, line), line });
  }
  const figures = countFigures(blocks, footnotes);
  if (figures > TEMPLATE_LIMITS.figures) {
    throw new BaocaoError(
      "report.too_many_figures",
      `Mẫu báo cáo có ${figures} số liệu động, quá giới hạn ${TEMPLATE_LIMITS.figures}.`,
      { figures, limit: TEMPLATE_LIMITS.figures },
    );
  }
  return { meta, blocks, footnotes };
}

/**
 * A trimmed template line read as a heading (`# ` or `## `, with its owner), or undefined; the
 * one place that says what a heading is, for the parser and for the departments' sections.
 */
export function headingOf(
  trimmed: string,
): { level: 1 | 2; title: string; owner?: string } | undefined {
  const heading = /^(#{1,2})\s/.exec(trimmed);
  if (!heading) return undefined;
  const level = (heading[1] as string).length as 1 | 2;
  const { text, owner } = splitOwner(trimmed.slice(level).trim());
  return { level, title: text, ...(owner ? { owner } : {}) };
}

/** `Title {owner=CODE}` → the title and the owner; a title without the suffix is kept whole. */
function splitOwner(title: string): { text: string; owner?: string } {
  const open = title.lastIndexOf("{owner=");
  if (open < 0 || !title.endsWith("}")) return { text: title };
  const owner = title.slice(open + "{owner=".length, -1);
  if (!/^[A-Za-z0-9_]+$/.test(owner)) return { text: title };
  return { text: title.slice(0, open).trimEnd(), owner };
}

function countFigures(
  blocks: readonly TemplateBlock[],
  footnotes: ReadonlyMap<string, readonly TemplateRun[]>,
): number {
  return allRuns(blocks, footnotes.values()).filter((r) => r.kind === "slot").length;
}

/** Splits a table row at `|`, except inside `{{ … }}` where `|` introduces a figure's format. */
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let depth = 0;
  let cell = "";
  for (let i = 0; i < row.length; i++) {
    const two = row.slice(i, i + 2);
    if (two === "{{" || two === "}}") {
      depth += two === "{{" ? 1 : -1;
      cell += two;
      i++;
    } else if (row[i] === "|" && depth === 0) {
      cells.push(cell);
      cell = "";
    } else {
      cell += row[i];
    }
  }
  cells.push(cell);
  // A row is written `| a | b |`: drop the empty pieces outside the first and last bar.
  return cells.slice(1, cells.at(-1)?.trim() === "" ? -1 : undefined).map((c) => c.trim());
}
