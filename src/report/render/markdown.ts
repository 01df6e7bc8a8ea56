import type { Block, ReportDocument, Run } from "../model.ts";

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
    `*${meta.place}, ngày ${meta.date}*`,
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

function runs(list: readonly Run[]): string {
  return list
    .map((r) => {
      if (r.kind === "footnote") return `[^${r.number}]`;
      let text = r.text;
      if (r.bold) text = `**${text}**`;
      if (r.italic) text = `*${text}*`;
      return text;
    })
    .join("");
}
