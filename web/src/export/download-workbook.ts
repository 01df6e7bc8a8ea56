import { buildWorkbook } from "./build-workbook.ts";
import { saveFile } from "./save-file.ts";
import type { WorkbookSpec } from "./sheet-spec.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Writes the tables as an Excel file and downloads it. ExcelJS is fetched only now (it weighs as
 * much as the rest of the app), so a clerk who never exports never loads it.
 */
export async function downloadWorkbook(spec: WorkbookSpec, madeAt: string): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const workbook = buildWorkbook(Excel, spec, madeAt);
  const bytes = await workbook.xlsx.writeBuffer();
  saveFile(new Blob([bytes], { type: XLSX_TYPE }), `${spec.fileName}.xlsx`);
}
