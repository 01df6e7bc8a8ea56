import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import {
  monthsOf,
  type Period,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
  vietnameseName,
} from "../../core/periods/index.ts";
import {
  FORM_COLUMNS as C,
  type FormLine,
  type FormSheet,
  HEADER_ROW,
  META_SHEET,
  STATUS_LABELS,
  sheetName,
} from "./form-sheet.ts";

/** What the workbook records about its making. */
export interface FormMeta {
  /** When it was made (ISO time). */
  readonly madeAt: string;
  readonly madeBy: string;
  readonly version: string;
}

const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } } as const;
const INPUT = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } } as const;
const THIN = { style: "thin", color: { argb: "FF999999" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A workbook of forms, one sheet per unit × period, laid out like a Vietnamese biểu mẫu: header
 * with the unit, form, period and due date; indicators in catalogue order with their measure
 * units; the period before and the same period last year shaded as read-only reference (a
 * quarter's sheet: the quarter before, the same quarter last year); value, status
 * and note the only unlocked cells, with data validation; hidden columns hold each line's key,
 * version and value as made, and a hidden sheet lists them with a checksum, so an upload maps
 * exactly and finds what changed since.
 */
export async function writeFormWorkbook(
  sheets: readonly FormSheet[],
  meta: FormMeta,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = `baocao ${meta.version}`;
  book.created = new Date(meta.madeAt);
  const listed: MetaSheet[] = [];
  sheets.forEach((form, i) => {
    const name = sheetName(i);
    writeSheet(book.addWorksheet(name, { views: [{ state: "frozen", ySplit: HEADER_ROW }] }), form);
    listed.push({
      sheet: name,
      unit: form.unit.code,
      period: form.period,
      lines: form.lines.map(lineKey),
    });
  });
  const metaSheet = book.addWorksheet(META_SHEET, { state: "veryHidden" });
  const content = JSON.stringify({ format: "baocao-form/1", ...meta, sheets: listed });
  metaSheet.getCell("A1").value = content;
  metaSheet.getCell("A2").value = checksum(content);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * A form sheet as the hidden sheet lists it: which unit and period (a month, or the quarter,
 * half, nine months or year its figures are the whole of), and each line's key.
 */
export interface MetaSheet {
  readonly sheet: string;
  readonly unit: string;
  readonly period: string;
  /** Each line as made, in row order. */
  readonly lines: readonly MadeLine[];
}

/** A line as the workbook was made: key, version, value, status and note. */
export type MadeLine = readonly [
  indicator: string,
  disaggregation: string,
  version: number,
  value: number | string | null,
  status: "estimate" | "official" | null,
  note: string,
  valueType: string,
];

/** A line's hidden identity. */
export function lineKey(line: FormLine): MadeLine {
  return [
    line.indicator,
    line.disaggregation,
    line.version,
    line.value,
    line.status,
    line.note,
    line.valueType,
  ];
}

/** The checksum that tells an edited hidden sheet. */
export function checksum(content: string): string {
  return createHash("sha256").update(content).digest("hex");
}

function writeSheet(ws: ExcelJS.Worksheet, form: FormSheet): void {
  const period = parsePeriod(form.period);
  const longer = period.type !== "month";
  ws.columns = [
    { key: "number", width: 6 },
    { key: "name", width: 52 },
    { key: "unit", width: 12 },
    { key: "previous", width: 14 },
    { key: "lastYear", width: 14 },
    { key: "value", width: 16 },
    { key: "status", width: 13 },
    { key: "note", width: 30 },
    { key: "key", width: 10, hidden: true },
    { key: "version", width: 6, hidden: true },
    { key: "original", width: 10, hidden: true },
  ];
  ws.getCell("A1").value = form.unit.nameVi.toUpperCase();
  ws.getCell("A1").font = { bold: true };
  ws.getCell("F1").value = `Biểu số: ${form.form.code}`;
  ws.mergeCells("A3:H3");
  ws.getCell("A3").value = `BIỂU SỐ LIỆU ${form.form.nameVi.toUpperCase()}`;
  ws.getCell("A3").font = { bold: true, size: 13 };
  ws.getCell("A3").alignment = { horizontal: "center" };
  ws.mergeCells("A4:H4");
  const due = form.dueDate ? ` — hạn gửi ${vietnameseDate(form.dueDate)}` : "";
  ws.getCell("A4").value =
    `Kỳ báo cáo: ${vietnameseName(period)}${longer ? ` (${monthSpan(period)})` : ""}${due}`;
  ws.getCell("A4").alignment = { horizontal: "center" };
  ws.getCell("A5").value = `Đơn vị báo cáo: ${form.unit.nameVi} (${form.unit.code})`;
  // A quarter's figures are typed in its last month: say they are the whole quarter's.
  const whole = longer
    ? `Số liệu của cả ${vietnameseName(period)}, không phải của riêng tháng ${monthsOf(period).at(-1)?.index}. `
    : "";
  ws.getCell("A6").value =
    `${whole}Chỉ nhập vào các ô nền trắng (số liệu, ước/chính thức, ghi chú); các ô nền xám để tham khảo.`;
  ws.getCell("A6").font = { italic: true, size: 9 };
  const header = ws.getRow(HEADER_ROW);
  header.values = [
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    `${previousWord(period)} (${shortName(previousPeriod(period))})`,
    `Cùng kỳ năm trước (${shortName(samePeriodLastYear(period))})`,
    `Số liệu ${shortName(period)}`,
    "Ước / Chính thức",
    "Ghi chú",
    "key",
    "version",
    "original",
  ];
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  header.height = 32;
  for (let c = 1; c <= 8; c++) header.getCell(c).border = BORDER;

  let row = HEADER_ROW + 1;
  let sector = "";
  let number = 0;
  for (const line of form.lines) {
    if (line.sectorVi !== sector) {
      sector = line.sectorVi;
      ws.mergeCells(`A${row}:H${row}`);
      ws.getCell(`A${row}`).value = sector.toUpperCase();
      ws.getCell(`A${row}`).font = { bold: true };
      row++;
    }
    writeLine(ws, row, line, line.disaggregation === "" ? String(++number) : "");
    row++;
  }
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function writeLine(ws: ExcelJS.Worksheet, row: number, line: FormLine, number: string): void {
  const r = ws.getRow(row);
  const format = numberFormat(line.decimals);
  const name = line.disaggregation === "" ? line.nameVi : `   - ${line.labelVi}`;
  r.getCell(C.number).value = number;
  r.getCell(C.name).value =
    line.disaggregation === "" && line.labelVi !== "Tổng số" ? `${name} (${line.labelVi})` : name;
  r.getCell(C.name).alignment = { wrapText: true };
  r.getCell(C.unit).value = line.unitVi;
  for (const [col, value] of [
    [C.previous, line.previous],
    [C.lastYear, line.samePeriodLastYear],
  ] as const) {
    const cell = r.getCell(col);
    cell.value = value;
    cell.numFmt = format;
    cell.fill = GREY;
  }
  const value = r.getCell(C.value);
  value.value = line.value;
  value.numFmt = format;
  const status = r.getCell(C.status);
  status.value = line.status ? STATUS_LABELS[line.status] : null;
  status.dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${STATUS_LABELS.estimate},${STATUS_LABELS.official}"`],
    showErrorMessage: true,
    errorTitle: "Trạng thái",
    error: `Chọn "${STATUS_LABELS.estimate}" hoặc "${STATUS_LABELS.official}".`,
  };
  r.getCell(C.note).value = line.note || null;
  for (const cell of [value, status, r.getCell(C.note)]) {
    cell.protection = { locked: false };
    cell.fill = INPUT;
  }
  if (line.valueType !== "text") value.dataValidation = valueValidation(line);
  for (let c = 1; c <= 8; c++) r.getCell(c).border = BORDER;
  r.getCell(C.key).value = `${line.indicator}|${line.disaggregation}`;
  r.getCell(C.version).value = line.version;
  r.getCell(C.original).value = line.value;
}

function valueValidation(line: FormLine): ExcelJS.DataValidation {
  const type = line.valueType === "integer" || line.valueType === "boolean" ? "whole" : "decimal";
  const min = line.valueType === "boolean" ? 0 : line.min;
  const max = line.valueType === "boolean" ? 1 : line.max;
  const bounds =
    min !== undefined && max !== undefined
      ? { operator: "between" as const, formulae: [min, max] }
      : min !== undefined
        ? { operator: "greaterThanOrEqual" as const, formulae: [min] }
        : max !== undefined
          ? { operator: "lessThanOrEqual" as const, formulae: [max] }
          : { operator: "between" as const, formulae: [-1e15, 1e15] };
  const range =
    min !== undefined && max !== undefined
      ? `từ ${min} đến ${max}`
      : min !== undefined
        ? `không nhỏ hơn ${min}`
        : max !== undefined
          ? `không lớn hơn ${max}`
          : "";
  return {
    type,
    allowBlank: true,
    ...bounds,
    showErrorMessage: true,
    errorTitle: "Số liệu không hợp lệ",
    error: `Cần ${type === "whole" ? "một số nguyên" : "một số"}${range ? ` ${range}` : ""} (${line.unitVi}).`,
  };
}

function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The reference column of the period before, by the sheet's kind of period. */
function previousWord(p: Period): string {
  if (p.type === "month") return "Tháng trước";
  if (p.type === "quarter") return "Quý trước";
  if (p.type === "year") return "Năm trước";
  return "Kỳ trước";
}

/** A period in a column header: "T8/2023", "Quý III/2023", "6 tháng đầu năm 2023", "Năm 2023". */
function shortName(p: Period): string {
  if (p.type === "month") return `T${p.index}/${p.year}`;
  if (p.type === "quarter") return `Quý ${vietnameseName(p, { short: true }).slice(4)}/${p.year}`;
  return capitalised(vietnameseName(p));
}

/** "7–9/2023": the months a longer period spans. */
function monthSpan(p: Period): string {
  const months = monthsOf(p);
  return `tháng ${months[0]?.index}–${months.at(-1)?.index}/${p.year}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
