import ExcelJS from "exceljs";
import type { TargetKindInfo } from "../../core/targets/index.ts";
import { FileNumbers } from "../csv/index.ts";
import { type FileProblem, fileProblemsError } from "../located-error.ts";

/** The sheet of a targets workbook, as errors name it (`Chỉ tiêu!E7`). */
export const TARGETS_SHEET = "Chỉ tiêu";
/** The hidden sheet holding the version of each target as the workbook was made. */
const META_SHEET = "_baocao";
/** The row of column titles, the row of kind codes under them, and the first data row. */
const TITLE_ROW = 5;
const CODE_ROW = 6;
const FIRST_ROW = 7;
/** Columns before the kinds: code, name, measure unit, option. */
const FIXED = 4;

/** One line of the template: an indicator's total or one of its options, with its targets. */
export interface TargetsWorkbookLine {
  readonly indicator: string;
  readonly nameVi: string;
  readonly unitNameVi: string;
  readonly option?: string;
  /** Value by kind code. */
  readonly values: Readonly<Record<string, number>>;
  readonly source?: string;
}

/** One filled cell of an uploaded workbook. */
export interface TargetsWorkbookEntry {
  /** `Chỉ tiêu!E7`. */
  readonly cell: string;
  readonly indicator: string;
  readonly option?: string;
  readonly kind: string;
  readonly value: number;
  /** The row's "Văn bản giao", when filled. */
  readonly source?: string;
}

/**
 * The "Tải mẫu Excel" workbook of a unit's targets for a year: one line per indicator (its
 * total; options where targets are set, and any line the user adds with an option code), one
 * column per target kind, and the row's source document. The kind codes sit under the titles
 * so the upload knows each column even if columns are moved or a kind renamed.
 */
export async function writeTargetsWorkbook(sheet: {
  readonly unit: string;
  readonly unitNameVi: string;
  readonly year: number;
  readonly kinds: readonly TargetKindInfo[];
  readonly lines: readonly TargetsWorkbookLine[];
  /** The version of each stored target by `targetCellKey`, so an upload finds later changes. */
  readonly versions: Readonly<Record<string, string>>;
}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "baocao";
  const ws = book.addWorksheet(TARGETS_SHEET, { views: [{ state: "frozen", ySplit: CODE_ROW }] });
  ws.columns = [
    { width: 22 },
    { width: 48 },
    { width: 12 },
    { width: 12 },
    ...sheet.kinds.map(() => ({ width: 16 })),
    { width: 32 },
  ];
  ws.getCell("A1").value =
    `CHỈ TIÊU KẾ HOẠCH NĂM ${sheet.year} — ${sheet.unitNameVi.toUpperCase()}`;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getCell("A2").value = "Mã đơn vị";
  ws.getCell("B2").value = sheet.unit;
  ws.getCell("C2").value = "Năm";
  ws.getCell("D2").value = sheet.year;
  ws.getCell("A3").value =
    "Nhập số vào cột của từng loại chỉ tiêu; ô để trống giữ nguyên chỉ tiêu đã có. Cột Phân tổ: mã một lựa chọn (vd. he_thu), để trống là tổng số. Giữ nguyên dòng mã loại (dòng 6).";
  ws.getCell("A3").font = { italic: true, size: 9 };
  const titles = ws.getRow(TITLE_ROW);
  titles.values = [
    "Mã chỉ tiêu",
    "Tên chỉ tiêu",
    "Đơn vị tính",
    "Phân tổ",
    ...sheet.kinds.map((k) => k.nameVi),
    "Văn bản giao",
  ];
  titles.font = { bold: true };
  titles.alignment = { wrapText: true, vertical: "middle" };
  const codes = ws.getRow(CODE_ROW);
  codes.values = ["(mã)", "", "", "", ...sheet.kinds.map((k) => k.code), "source"];
  codes.font = { italic: true, size: 8, color: { argb: "FF777777" } };
  sheet.lines.forEach((line, i) => {
    const row = ws.getRow(FIRST_ROW + i);
    row.values = [
      line.indicator,
      line.nameVi,
      line.unitNameVi,
      line.option ?? "",
      ...sheet.kinds.map((k) => line.values[k.code] ?? null),
      line.source ?? "",
    ];
  });
  const meta = book.addWorksheet(META_SHEET, { state: "veryHidden" });
  meta.getCell("A1").value = JSON.stringify({
    format: "baocao-targets/1",
    unit: sheet.unit,
    year: sheet.year,
    versions: sheet.versions,
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Which target a cell holds, for the versions the workbook keeps: `indicator|option|kind`. */
export function targetCellKey(indicator: string, option: string | undefined, kind: string): string {
  return `${indicator}|${option ?? ""}|${kind}`;
}

/**
 * Reads an uploaded targets workbook: the unit and year it was made for, and every filled kind
 * cell. Every problem names the sheet and cell (`Chỉ tiêu!E7: …`); any problem rejects it all.
 */
export async function readTargetsWorkbook(
  bytes: Uint8Array,
  file: string,
): Promise<{
  unit: string;
  year: number;
  entries: TargetsWorkbookEntry[];
  /** The versions as the workbook was made, by `targetCellKey`. */
  versions: Readonly<Record<string, string>>;
}> {
  const problems: FileProblem[] = [];
  const problem = (cell: string, code: string, message: string) =>
    problems.push({ file, field: `${TARGETS_SHEET}!${cell}`, code, message });
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileProblemsError([
      {
        file,
        code: "xlsx.unreadable",
        message: "Tệp XLSX bị hỏng hoặc không mở được; hãy tải lại mẫu Excel.",
      },
    ]);
  }
  const ws = book.getWorksheet(TARGETS_SHEET);
  if (!ws)
    throw fileProblemsError([
      {
        file,
        code: "xlsx.missing_sheet",
        message: `Không thấy sheet "${TARGETS_SHEET}": hãy dùng mẫu Excel tải từ trang Chỉ tiêu kế hoạch và giữ nguyên tên sheet.`,
      },
    ]);
  const versions = metaOf(book);
  if (versions === undefined)
    throw fileProblemsError([
      {
        file,
        code: "xlsx.not_a_form",
        message:
          "Tệp không phải mẫu Excel tải từ baocao (thiếu phần ẩn ghi phiên bản các chỉ tiêu); hãy dùng nút Tải mẫu Excel.",
      },
    ]);
  const unit = text(ws.getCell("B2").value);
  const year = Number(text(ws.getCell("D2").value));
  if (unit === "") problem("B2", "xlsx.invalid", "thiếu mã đơn vị.");
  if (!Number.isInteger(year) || year < 1900) problem("D2", "xlsx.invalid", "năm không hợp lệ.");
  const kinds = new Map<number, string>();
  let sourceColumn: number | undefined;
  const codes = ws.getRow(CODE_ROW);
  for (let c = FIXED + 1; c <= Math.max(codes.cellCount, FIXED + 1); c++) {
    const code = text(codes.getCell(c).value);
    if (code === "source") sourceColumn = c;
    else if (code !== "") kinds.set(c, code);
  }
  if (kinds.size === 0)
    problem(
      `E${CODE_ROW}`,
      "xlsx.invalid",
      "không thấy dòng mã loại chỉ tiêu (plan, assigned…) dưới tiêu đề.",
    );
  const numbers = new FileNumbers();
  const entries: TargetsWorkbookEntry[] = [];
  for (let r = FIRST_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const indicator = text(row.getCell(1).value);
    const option = text(row.getCell(4).value);
    const source = sourceColumn ? text(row.getCell(sourceColumn).value) : "";
    for (const [c, kind] of kinds) {
      const cell = row.getCell(c);
      const raw = cellRaw(cell.value);
      if (raw === null || raw === "") continue;
      const address = cell.address;
      if (indicator === "") {
        problem(`A${r}`, "xlsx.invalid", "dòng có số kế hoạch mà thiếu mã chỉ tiêu.");
        break;
      }
      let value: number | undefined;
      if (typeof raw === "number") value = raw;
      else {
        const read = numbers.read(raw, r);
        if ("value" in read) value = read.value;
        else if ("message" in read) problem(address, read.code, read.message);
        else problem(address, "xlsx.invalid_number", `"${raw}" không phải là số.`);
      }
      if (value === undefined) continue;
      entries.push({
        cell: `${TARGETS_SHEET}!${address}`,
        indicator,
        ...(option ? { option } : {}),
        kind,
        value,
        ...(source ? { source } : {}),
      });
    }
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  return { unit, year, entries, versions };
}

function metaOf(book: ExcelJS.Workbook): Record<string, string> | undefined {
  const content = book.getWorksheet(META_SHEET)?.getCell("A1").value;
  if (typeof content !== "string") return undefined;
  try {
    const parsed = JSON.parse(content) as { versions?: Record<string, string> };
    return parsed.versions ?? undefined;
  } catch {
    return undefined;
  }
}

function cellRaw(value: ExcelJS.CellValue): number | string | null {
  const raw =
    value !== null && typeof value === "object" && "result" in value ? value.result : value;
  if (typeof raw === "number") return raw;
  return text(raw as ExcelJS.CellValue);
}

/** A cell's content as trimmed text (rich text and formula results included). */
function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("result" in value) return text(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text).trim();
    return "";
  }
  return String(value).normalize("NFC").trim();
}
