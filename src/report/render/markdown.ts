import type { Block, ReportDocument, Run } from "../model.ts";
import { dateLine } from "./date-line.ts";

/** Renders a composed report as Markdown: figures written out, for reading diffs between versions. */
export function renderMarkdown(report: ReportDocument): string {
  const { meta } = report;
  const lines = [
    ...(meta.parentBody ? [meta.parentBody.toUpperCase()] : []),
    `**${meta.issuingBody.toUpperCase()}**`,
    `Số: ${meta.number}`,
    "",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
    "**Độc lập - Tự do - Hạnh phúc**",
    `*${dateLine(meta)}*`,
    "",
    `**${meta.title.toUpperCase()}**`,
    `**${meta.subject}**`,
    "",
    ...report.blocks.flatMap((b) => [block(b), ""]),
    ...report.footnotes.map((f) => `[^${f.number}]: ${runs(f.runs)}`),
    "",
    "***Nơi nhận:***",
    ...meta.recipients,
    "",
    `**${meta.signingAuthority.toUpperCase()}**`,
    `**${meta.signerTitle.toUpperCase()}**`,
    `**${meta.signerName}**`,
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
  const pieces: { text: string; bold: boolean; italic: boolean }[] = [];
  for (const r of list) {
    if (r.kind === "footnote") {
      pieces.push({ text: `[^${r.number}]`, bold: false, italic: false });
      continue;
    }
    const last = pieces.at(-1);
    const bold = Boolean(r.bold);
    const italic = Boolean(r.italic);
    if (last && last.bold === bold && last.italic === italic && !last.text.startsWith("[^"))
      last.text += r.text;
    else pieces.push({ text: r.text, bold, italic });
  }
  return pieces
    .map((p) => {
      let text = p.text;
      if (p.bold) text = `**${text}**`;
      if (p.italic) text = `*${text}*`;
      return text;
    })
    .join("");
}
