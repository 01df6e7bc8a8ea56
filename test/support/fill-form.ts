import ExcelJS from "exceljs";

/** A workbook as a user opens it in a spreadsheet program. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

/** The row of a form sheet whose hidden key (column I) is `indicator|disaggregation`. */
export function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell("I").value === key) return sheet.getRow(r);
  throw new Error(`no row for ${key}`);
}

/** Types values into the value column of the first sheet, as a user would, and saves the workbook. */
export async function fillForm(
  bytes: Uint8Array,
  values: Readonly<Record<string, number | string>>,
  sheetName = "Biểu 01",
): Promise<Uint8Array> {
  const book = await openWorkbook(bytes);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  for (const [key, value] of Object.entries(values)) rowOf(sheet, key).getCell("F").value = value;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
