import type { Block, ReportDocument, Run } from "../model.ts";
import { dateLine } from "./date-line.ts";

/** Renders a composed report as Markdown: figures written out, for reading diffs between versions. */
export function renderMarkdown(report: ReportDocument): string {
  const { meta } = report;
  const lines = [
    ...(meta.parentBody ? [escapeMarkdown(meta.parentBody.toUpperCase())] : []),
    `**${escapeMarkdown(meta.issuingBody.toUpperCase())}**`,
    `Số: ${escapeMarkdown(meta.number)}`,
    "",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
    "**Độc lập - Tự do - Hạnh phúc**",
    `*${escapeMarkdown(dateLine(meta))}*`,
    "",
    `**${escapeMarkdown(meta.title.toUpperCase())}**`,
    `**${escapeMarkdown(meta.subject)}**`,
    "",
    ...report.blocks.flatMap((b) => [block(b), ""]),
    ...report.footnotes.map((f) => `[^${f.number}]: ${runs(f.runs)}`),
    "",
    "***Nơi nhận:***",
    ...meta.recipients.map(escapeMarkdown),
    "",
    `**${escapeMarkdown(meta.signingAuthority.toUpperCase())}**`,
    `**${escapeMarkdown(meta.signerTitle.toUpperCase())}**`,
    `**${escapeMarkdown(meta.signerName)}**`,
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${runs(b.runs)}`;
    case "paragraph":
      return `${b.marker ? `${b.marker} ` : ""}${runs(b.runs)}`;
    case "table":
      return b.rows
        .map(
          (row, i) =>
            `| ${row.map(runs).join(" | ")} |${i === 0 ? `\n|${row.map(() => "---").join("|")}|` : ""}`,
        )
        .join("\n");
  }
}

/** Writes runs, joining neighbours of the same style first so emphasis spans whole phrases. */
function runs(list: readonly Run[]): string {
  // Footnote marks are Markdown of our own; everything else is text to escape.
  const pieces: { text: string; bold: boolean; italic: boolean; markup?: true }[] = [];
  for (const r of list) {
    if (r.kind === "footnote") {
      pieces.push({ text: `[^${r.number}]`, bold: false, italic: false, markup: true });
      continue;
    }
    const last = pieces.at(-1);
    const bold = Boolean(r.bold);
    const italic = Boolean(r.italic);
    if (last && last.bold === bold && last.italic === italic && !last.markup) last.text += r.text;
    else pieces.push({ text: r.text, bold, italic });
  }
  return pieces
    .map((p) => {
      let text = p.markup ? p.text : escapeMarkdown(p.text);
      if (p.bold) text = `**${text}**`;
      if (p.italic) text = `*${text}*`;
      return text;
    })
    .join("");
}

/**
 * Backslash-escapes what Markdown would read as markup or raw HTML: a template's text or a
 * unit's name then shows as written, and `<script>` or `[x](javascript:…)` in it never becomes
 * HTML or a link in whatever renders the file.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#&~]/g, "\\$&");
}
