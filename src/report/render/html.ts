import type { Block, ReportDocument, Run } from "../model.ts";
import { dateLine } from "./date-line.ts";

/** Renders a composed report as a self-contained HTML page with the same structure as the DOCX. */
export function renderHtml(report: ReportDocument): string {
  const { meta } = report;
  const footnotes = report.footnotes
    .map((f) => `<li id="fn${f.number}">${runs(f.runs)}</li>`)
    .join("\n");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(meta.title)} ${esc(meta.subject)}</title>
<style>
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; max-width: 165mm; margin: 20mm auto; line-height: 1.15; }
.header { display: grid; grid-template-columns: 2fr 3fr; text-align: center; }
.header p { margin: 0; } .rule { width: 30%; margin: 2pt auto 6pt; border-top: 1px solid #000; }
.national { font-size: 12pt; font-weight: bold; } .motto { font-size: 13pt; font-weight: bold; } .date { font-style: italic; }
h1.title, p.subject { text-align: center; font-size: 14pt; margin: 0; font-weight: bold; } p.subject { margin-bottom: 12pt; }
.body p, .body h2, .body h3 { text-indent: 1.27cm; text-align: justify; margin: 0 0 6pt; font-size: 14pt; }
.body h2, .body h3 { font-weight: bold; }
.figure { background: #eef5ff; border-bottom: 1px dotted #2f6fd6; } .figure.estimate { border-bottom-style: dashed; }
.figure.unresolved { background: #ffe3e3; }
.figure.unapproved { border-bottom: 2px dotted #d46b08; } .figure.unapproved::after { content: "*"; color: #d46b08; font-size: 9pt; vertical-align: super; }
table.data { border-collapse: collapse; margin: 0 auto 6pt; } table.data td { border: 1px solid #000; padding: 2pt 6pt; }
.closing { display: grid; grid-template-columns: 1fr 1fr; margin-top: 12pt; }
.recipients p { margin: 0; font-size: 11pt; } .recipients .head { font-size: 12pt; font-weight: bold; font-style: italic; }
.sign { text-align: center; font-weight: bold; } .sign .name { margin-top: 60pt; }
.footnotes { font-size: 10pt; border-top: 1px solid #000; margin-top: 12pt; }
/* Decree 30/2020's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@media print {
  body { max-width: none; margin: 0; }
  .figure, .figure.estimate, .figure.unresolved, .figure.unapproved { background: none; border-bottom: none; }
  .figure.unapproved::after { content: none; }
  h2, h3 { break-after: avoid; } .closing, table.data tr { break-inside: avoid; }
  table.data { max-width: 100%; }
}
</style>
</head>
<body>
<div class="header">
  <div>${meta.parentBody ? `<p>${esc(meta.parentBody.toUpperCase())}</p>` : ""}<p><b>${esc(meta.issuingBody.toUpperCase())}</b></p><div class="rule"></div><p>Số: ${esc(meta.number)}</p></div>
  <div><p class="national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p><div class="rule"></div><p class="date">${esc(dateLine(meta))}</p></div>
</div>
<h1 class="title">${esc(meta.title.toUpperCase())}</h1>
<p class="subject">${esc(meta.subject)}</p>
<div class="body">
${report.blocks.map(block).join("\n")}
</div>
<div class="closing">
  <div class="recipients"><p class="head">Nơi nhận:</p>${meta.recipients.map((r) => `<p>${esc(r)}</p>`).join("")}</div>
  <div class="sign"><p>${esc(meta.signingAuthority.toUpperCase())}</p><p>${esc(meta.signerTitle.toUpperCase())}</p><p class="name">${esc(meta.signerName)}</p></div>
</div>
${footnotes ? `<ol class="footnotes">\n${footnotes}\n</ol>` : ""}
</body>
</html>
`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level + 1}${b.owner ? ` data-owner="${esc(b.owner)}"` : ""}>${runs(b.runs)}</h${b.level + 1}>`;
    case "paragraph":
      return `<p>${b.marker ? `${b.marker} ` : ""}${runs(b.runs)}</p>`;
    case "table":
      return `<table class="data">${b.rows.map((row) => `<tr>${row.map((cell) => `<td>${runs(cell)}</td>`).join("")}</tr>`).join("")}</table>`;
  }
}

/** The tooltip's note on a figure that the month's unapproved forms change. */
const UNAPPROVED_NOTE = {
  included: " — gồm số liệu của đơn vị chưa duyệt",
  left_out: " — chưa tính số liệu của đơn vị chưa duyệt",
} as const;

function runs(list: readonly Run[]): string {
  return list
    .map((r) => {
      if (r.kind === "footnote") return `<sup><a href="#fn${r.number}">${r.number}</a></sup>`;
      let html = esc(r.text);
      if (r.kind === "figure") {
        const classes = [
          "figure",
          r.status === "estimate" ? "estimate" : "",
          r.problem ? "unresolved" : "",
          r.unapproved ? "unapproved" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const title = r.problem
          ? `${r.source}: ${r.problem}`
          : `${r.source} = ${r.value}${r.status === "estimate" ? " (ước)" : ""}${r.unapproved ? UNAPPROVED_NOTE[r.unapproved] : ""}`;
        html = `<span class="${classes}" title="${esc(title)}" data-source="${esc(r.source)}">${html}</span>`;
      }
      if (r.bold) html = `<b>${html}</b>`;
      if (r.italic) html = `<i>${html}</i>`;
      return html;
    })
    .join("");
}

function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
