import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ReportDocument, ReportMeta, Run } from "../model.ts";
import { dateLine } from "./date-line.ts";
import { LAYOUT } from "./docx-layout.ts";

/** Renders a composed report as a Decree 30/2020 DOCX file. */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const doc = new Document({
    creator: "baocao",
    title: `${report.meta.title} ${report.meta.subject}`.trim(),
    styles: {
      default: {
        document: {
          run: { font: LAYOUT.font, size: LAYOUT.size.body },
          paragraph: { spacing: { line: LAYOUT.lineSpacing } },
        },
      },
    },
    footnotes: Object.fromEntries(
      report.footnotes.map((f) => [
        f.number,
        {
          children: [
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              children: runs(f.runs, { size: LAYOUT.size.footnote }),
            }),
          ],
        },
      ]),
    ),
    sections: [
      {
        properties: {
          page: { size: LAYOUT.page, margin: { ...LAYOUT.margin, header: LAYOUT.headerDistance } },
          // The first page carries no page number; the rest are numbered at the top, centred.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT], size: LAYOUT.size.bodyName }),
                ],
              }),
            ],
          }),
        },
        children: [
          headerTable(report.meta),
          ...titleBlock(report.meta),
          ...report.blocks.flatMap(block),
          new Paragraph({ spacing: { after: 120 } }),
          signatureTable(report.meta),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Word runs of a line; `bold` makes the whole line bold (headings, table headers). */
function runs(
  list: readonly Run[],
  options: { size?: number; bold?: boolean } = {},
): ParagraphChild[] {
  const size: number = options.size ?? LAYOUT.size.body;
  return list.map((r) => {
    if (r.kind === "footnote") return new FootnoteReferenceRun(r.number);
    const bold = options.bold || r.bold;
    return new TextRun({
      text: r.text,
      size,
      ...(bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
    });
  });
}

function block(b: Block): (Paragraph | Table)[] {
  const body = {
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: LAYOUT.spacingAfter, line: LAYOUT.lineSpacing },
  };
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          ...body,
          indent: { firstLine: LAYOUT.firstLineIndent },
          children: runs(b.runs, { bold: true }),
        }),
      ];
    case "paragraph": {
      const marker = b.marker ? [new TextRun({ text: `${b.marker} ` })] : [];
      return [
        new Paragraph({
          ...body,
          indent: { firstLine: LAYOUT.firstLineIndent },
          children: [...marker, ...runs(b.runs)],
        }),
      ];
    }
    case "table":
      return [
        new Table({
          width: { size: LAYOUT.textWidth, type: WidthType.DXA },
          rows: b.rows.map(
            (row, i) =>
              new TableRow({
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: [
                        new Paragraph({
                          alignment: AlignmentType.CENTER,
                          children: runs(cell, { size: LAYOUT.size.bodyName, bold: i === 0 }),
                        }),
                      ],
                    }),
                ),
              }),
          ),
        }),
        new Paragraph({ spacing: { after: LAYOUT.spacingAfter } }),
      ];
  }
}

const centred = (children: ParagraphChild[], spacingAfter = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: spacingAfter, line: 240 },
    children,
  });

/** A short rule under a centred line: a bottom border on a paragraph narrowed by indents. */
function rule(cellWidth: number, ruleWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    // A little space above keeps the rule clear of the descenders of the line it underlines.
    spacing: { before: 40, after: 120, line: 240 },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

/** The borderless two-column header: issuing body and number left, national title and date right. */
function headerTable(meta: ReportMeta): Table {
  const left = Math.round(LAYOUT.textWidth * 0.4);
  const right = LAYOUT.textWidth - left;
  const s = LAYOUT.size;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: TableBorders.NONE,
      children,
    });
  return new Table({
    width: { size: LAYOUT.textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            ...(meta.parentBody
              ? [centred([new TextRun({ text: meta.parentBody.toUpperCase(), size: s.bodyName })])]
              : []),
            centred([
              new TextRun({ text: meta.issuingBody.toUpperCase(), bold: true, size: s.bodyName }),
            ]),
            rule(left, 1200),
            centred([new TextRun({ text: `Số: ${meta.number}`, size: s.bodyName })]),
          ]),
          cell(right, [
            centred([
              new TextRun({
                text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                bold: true,
                size: s.nationalTitle,
              }),
            ]),
            centred([
              new TextRun({ text: "Độc lập - Tự do - Hạnh phúc", bold: true, size: s.motto }),
            ]),
            rule(right, 3000),
            centred([new TextRun({ text: dateLine(meta), italics: true, size: s.body })]),
          ]),
        ],
      }),
    ],
  });
}

function titleBlock(meta: ReportMeta): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0, line: 240 },
      children: [new TextRun({ text: meta.title.toUpperCase(), bold: true })],
    }),
    centred([new TextRun({ text: meta.subject, bold: true })], 240),
  ];
}

/** The borderless closing table: recipients left, signing block right. */
function signatureTable(meta: ReportMeta): Table {
  const half = Math.round(LAYOUT.textWidth / 2);
  const s = LAYOUT.size;
  const left = [
    new Paragraph({
      spacing: { after: 0, line: 240 },
      children: [
        new TextRun({ text: "Nơi nhận:", bold: true, italics: true, size: s.recipientsTitle }),
      ],
    }),
    ...meta.recipients.map(
      (r) =>
        new Paragraph({
          spacing: { after: 0, line: 240 },
          children: [new TextRun({ text: r, size: s.recipients })],
        }),
    ),
  ];
  const right = [
    centred([new TextRun({ text: meta.signingAuthority.toUpperCase(), bold: true })]),
    centred([new TextRun({ text: meta.signerTitle.toUpperCase(), bold: true })], 1440),
    centred([new TextRun({ text: meta.signerName, bold: true })]),
  ];
  const cell = (children: Paragraph[]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: TableBorders.NONE,
      children,
    });
  return new Table({
    width: { size: LAYOUT.textWidth, type: WidthType.DXA },
    columnWidths: [half, LAYOUT.textWidth - half],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}
