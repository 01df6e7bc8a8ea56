import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildWorkbook, numberFormat, uniqueName } from "./build-workbook.ts";
import { type SheetSpec, sheetDay } from "./sheet-spec.ts";

interface Line {
  readonly name: string;
  readonly value: number | null;
  readonly decimals: number;
  readonly due: string | null;
}

const LINES: Line[] = [
  { name: "Sản lượng lúa", value: 96549.4, decimals: 1, due: "2023-08-14" },
  { name: "Số hộ nghèo", value: 1250, decimals: 0, due: null },
  { name: "Chưa có số", value: null, decimals: 0, due: "2023-09-30" },
];

const SHEET: SheetSpec<Line> = {
  name: "Chỉ tiêu: tháng 8/2023",
  title: "Bảng điều hành — Thị xã Ngã Năm — 08/2023",
  rows: LINES,
  totalLabel: "Tổng cộng",
  columns: [
    { title: "Chỉ tiêu", value: (line) => line.name, width: 40 },
    { title: "Tháng", value: (line) => line.value, decimals: (line) => line.decimals, sum: true },
    { title: "Hạn", value: (line) => sheetDay(line.due) },
  ],
};

/** The workbook written to bytes and read back, as Excel would open it. */
async function roundTrip(spec: SheetSpec<Line>[]) {
  const written = buildWorkbook(ExcelJS, { fileName: "x", sheets: spec }, "Tải về lúc 10:00");
  const bytes = await written.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes as ArrayBuffer);
  return read;
}

describe("a table downloaded as Excel", () => {
  it("has the title, the time it was made, a heading row and the rows with numbers as numbers", async () => {
    const sheet = (await roundTrip([SHEET])).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("Chỉ tiêu tháng 8 2023");
    expect(sheet.getCell("A1").value).toBe(SHEET.title);
    expect(sheet.getCell("A2").value).toBe("Tải về lúc 10:00");
    expect(sheet.getRow(4).values).toEqual([undefined, "Chỉ tiêu", "Tháng", "Hạn"]);
    expect(sheet.getCell("A5").value).toBe("Sản lượng lúa");
    expect(sheet.getCell("B5").value).toBe(96549.4);
    expect(sheet.getCell("B5").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("B6").numFmt).toBe("#,##0");
    expect(sheet.getCell("B7").value).toBeNull();
    expect(sheet.getCell("C5").value).toEqual(new Date(Date.UTC(2023, 7, 14)));
    expect(sheet.getCell("C5").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("C6").value).toBeNull();
  });

  it("sums the marked columns with a formula under the rows, its result already computed", async () => {
    const sheet = (await roundTrip([SHEET])).worksheets[0];
    expect(sheet?.getCell("A8").value).toBe("Tổng cộng");
    expect(sheet?.getCell("B8").value).toEqual({ formula: "SUM(B5:B7)", result: 97799.4 });
    expect(sheet?.getCell("C8").value).toBeNull();
  });

  it("keeps the heading in view and filters the table", async () => {
    const sheet = (await roundTrip([SHEET])).worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet?.autoFilter).toBe("A4:C7");
  });

  it("gives every sheet a name Excel accepts, distinct from the others", async () => {
    const book = await roundTrip([SHEET, SHEET, { ...SHEET, name: "[]*?" }]);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Chỉ tiêu tháng 8 2023",
      "Chỉ tiêu tháng 8 2023 (2)",
      "Sheet",
    ]);
    const taken = new Set<string>();
    const long = "Tình hình thực hiện kế hoạch vốn đầu tư công năm 2023";
    expect(uniqueName(long, taken)).toHaveLength(31);
    expect(uniqueName(long, taken)).toMatch(/ \(2\)$/);
    expect(uniqueName(long, taken)).toHaveLength(31);
  });

  it("writes decimals as Excel's number formats", () => {
    expect(numberFormat(0)).toBe("#,##0");
    expect(numberFormat(3)).toBe("#,##0.000");
  });
});
