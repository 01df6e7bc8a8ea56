import type ExcelJS from "exceljs";
import type { SheetColumn, SheetSpec, WorkbookSpec } from "./sheet-spec.ts";

type ExcelModule = typeof ExcelJS;

const HEADER_ROW = 4;
/** Days the Vietnamese way, whatever the computer's settings. */
const DAY_FORMAT = "dd/mm/yyyy";
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E2F3" },
};
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF8C8C8C" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A workbook of the tables as the screen shows them: on each sheet a bold title, the time it was
 * made, then the table with a shaded heading row that stays in view and filters, numbers as
 * numbers in a format with the indicator's decimals.
 */
export function buildWorkbook(Excel: ExcelModule, spec: WorkbookSpec, madeAt: string) {
  const workbook = new Excel.Workbook();
  workbook.creator = "baocao";
  const names = new Set<string>();
  for (const sheet of spec.sheets) addSheet(workbook, sheet, uniqueName(sheet.name, names), madeAt);
  return workbook;
}

function addSheet<Row>(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec<Row>,
  name: string,
  madeAt: string,
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const width = Math.max(spec.columns.length, 1);
  sheet.getCell(1, 1).value = spec.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = madeAt;
  sheet.getCell(2, 1).font = { italic: true, color: { argb: "FF595959" } };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);

  spec.columns.forEach((column, index) => {
    const cell = sheet.getCell(HEADER_ROW, index + 1);
    cell.value = column.title;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: "middle" };
    sheet.getColumn(index + 1).width =
      column.width ?? Math.min(Math.max(column.title.length, 10), 60);
  });
  spec.rows.forEach((row, r) => {
    spec.columns.forEach((column, c) => {
      const cell = sheet.getCell(HEADER_ROW + 1 + r, c + 1);
      const value = column.value(row);
      cell.value = value === undefined || value === "" ? null : value;
      cell.border = BORDER;
      if (typeof value === "number") cell.numFmt = numberFormat(decimalsOf(column, row));
      else if (value instanceof Date) cell.numFmt = DAY_FORMAT;
      else cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  addSumRow(sheet, spec);
  if (spec.columns.length > 0)
    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW + spec.rows.length, column: spec.columns.length },
    };
}

/** A last row that sums the columns marked `sum`, below the table and outside its filter. */
function addSumRow<Row>(sheet: ExcelJS.Worksheet, spec: SheetSpec<Row>) {
  if (!spec.columns.some((column) => column.sum)) return;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + spec.rows.length;
  const row = sheet.getRow(last + 1);
  row.getCell(1).value = spec.totalLabel ?? null;
  spec.columns.forEach((column, c) => {
    const cell = row.getCell(c + 1);
    cell.font = { bold: true };
    cell.border = BORDER;
    if (!column.sum) return;
    const letter = sheet.getColumn(c + 1).letter;
    const result = spec.rows.reduce((total, r) => {
      const value = column.value(r);
      return total + (typeof value === "number" ? value : 0);
    }, 0);
    cell.value = { formula: `SUM(${letter}${first}:${letter}${last})`, result };
    const decimals = spec.rows.reduce((most, r) => Math.max(most, decimalsOf(column, r)), 0);
    cell.numFmt = numberFormat(decimals);
  });
}

function decimalsOf<Row>(column: SheetColumn<Row>, row: Row): number {
  const { decimals } = column;
  return typeof decimals === "function" ? decimals(row) : (decimals ?? 0);
}

/** Thousands grouped, the figure's decimals: Excel writes them in the user's own convention. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/**
 * A tab name Excel accepts: none of : \ / ? * [ ], at most 31 characters, not empty, and unlike
 * the workbook's other tabs (Excel compares them without case).
 */
export function uniqueName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
