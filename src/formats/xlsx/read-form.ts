import ExcelJS from "exceljs";
import { FileNumbers } from "../csv/index.ts";
import { type FileProblem, fileProblemsError } from "../located-error.ts";
import { FORM_COLUMNS as C, HEADER_ROW, META_SHEET, STATUS_LABELS } from "./form-sheet.ts";
import { checksum, type MadeLine, type MetaSheet } from "./write-form.ts";

/** One filled line of an uploaded form, with where it is and what it was when the form was made. */
export interface FormEntry {
  /** `Biểu 01!F12`: the value cell. */
  readonly cell: string;
  readonly sheet: string;
  readonly unit: string;
  readonly period: string;
  readonly indicator: string;
  readonly disaggregation: string;
  readonly made: {
    readonly version: number;
    readonly value: number | string | null;
    readonly status: "estimate" | "official" | null;
    readonly note: string;
  };
  readonly value: number | string | null;
  readonly status: "estimate" | "official" | null;
  readonly note: string;
}

/** An uploaded form workbook: its lines, and when it was made. */
export interface FormUpload {
  readonly entries: readonly FormEntry[];
  readonly madeAt: string;
}

/**
 * Reads a form workbook made by `writeFormWorkbook`: checks its hidden sheet (a workbook not
 * made by baocao, or whose hidden parts were edited, is refused), finds each form sheet by name
 * and each line by its hidden key, and reads value, status and note. Every problem names the
 * sheet and cell (`Biểu 01!F12`); any problem rejects the whole workbook.
 */
export async function readFormWorkbook(bytes: Uint8Array, file: string): Promise<FormUpload> {
  const fail = (message: string, cell?: string, code = "xlsx.invalid") =>
    fileProblemsError([{ file, ...(cell ? { field: cell } : {}), code, message }]);
  if (bytes.byteLength === 0) throw fail("Tệp rỗng (0 byte).", undefined, "import.empty");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fail(
      "Tệp XLSX bị hỏng hoặc không đầy đủ (không mở được); hãy tải lại biểu mẫu hoặc lưu lại tệp bằng Excel.",
      undefined,
      "xlsx.unreadable",
    );
  }
  const meta = readMeta(book, fail);
  const problems: FileProblem[] = [];
  const entries: FormEntry[] = [];
  for (const listed of meta.sheets) {
    const ws = book.getWorksheet(listed.sheet);
    if (!ws) {
      problems.push({
        file,
        field: listed.sheet,
        code: "xlsx.missing_sheet",
        message: `Không thấy sheet "${listed.sheet}" (biểu của ${listed.unit}, kỳ ${listed.period}): sheet có thể đã bị đổi tên hoặc xoá; hãy giữ nguyên tên sheet.`,
      });
      continue;
    }
    readSheet(ws, listed, file, problems, entries);
  }
  if (problems.length > 0) throw fileProblemsError(problems);
  return { entries, madeAt: meta.madeAt };
}

interface Meta {
  readonly madeAt: string;
  readonly sheets: readonly MetaSheet[];
}

function readMeta(
  book: ExcelJS.Workbook,
  fail: (message: string, cell?: string, code?: string) => Error,
): Meta {
  const ws = book.getWorksheet(META_SHEET);
  const content = ws?.getCell("A1").value;
  const sum = ws?.getCell("A2").value;
  if (typeof content !== "string")
    throw fail(
      "Tệp không phải biểu mẫu tải từ baocao (thiếu phần ẩn ghi đơn vị, kỳ và phiên bản số liệu); hãy tải biểu mẫu từ trang Nhập từ tệp.",
      undefined,
      "xlsx.not_a_form",
    );
  if (sum !== checksum(content))
    throw fail(
      "Phần ẩn của biểu mẫu (sheet _baocao) đã bị sửa, nên không biết chắc số liệu thuộc đơn vị, kỳ nào; hãy tải lại biểu mẫu.",
      `${META_SHEET}!A1`,
      "xlsx.edited_key",
    );
  return JSON.parse(content) as Meta;
}

function readSheet(
  ws: ExcelJS.Worksheet,
  listed: MetaSheet,
  file: string,
  problems: FileProblem[],
  entries: FormEntry[],
): void {
  const at = (col: string, row: number) => `${listed.sheet}!${col}${row}`;
  const problem = (col: string, row: number, code: string, message: string) =>
    problems.push({ file, field: at(col, row), code, message });
  const numbers = new FileNumbers();
  let next = 0;
  for (let row = HEADER_ROW + 1; row <= ws.rowCount; row++) {
    const r = ws.getRow(row);
    const key = text(r.getCell(C.key).value);
    if (key === "") continue;
    const made = listed.lines[next] as MadeLine | undefined;
    next++;
    if (
      !made ||
      key !== `${made[0]}|${made[1]}` ||
      Number(r.getCell(C.version).value) !== made[2]
    ) {
      problem(
        C.key,
        row,
        "xlsx.edited_key",
        made
          ? `Khóa ẩn của dòng đã bị sửa (cần "${made[0]}|${made[1]}", phiên bản ${made[2]}); không biết chắc dòng này là chỉ tiêu nào. Hãy tải lại biểu mẫu.`
          : "Dòng thừa có khóa ẩn không có trong biểu mẫu đã tải (dòng bị chép thêm?); hãy xoá dòng này.",
      );
      continue;
    }
    const value = cellValue(r.getCell(C.value).value, made, numbers, row, (code, message) =>
      problem(C.value, row, code, message),
    );
    const status = statusOf(text(r.getCell(C.status).value));
    if (status === undefined)
      problem(
        C.status,
        row,
        "xlsx.invalid_status",
        `Trạng thái "${text(r.getCell(C.status).value)}" không hợp lệ: chọn "${STATUS_LABELS.estimate}" hoặc "${STATUS_LABELS.official}".`,
      );
    if (value === undefined || status === undefined) continue;
    entries.push({
      cell: at(C.value, row),
      sheet: listed.sheet,
      unit: listed.unit,
      period: listed.period,
      indicator: made[0],
      disaggregation: made[1],
      made: { version: made[2], value: made[3], status: made[4], note: made[5] },
      value,
      status,
      note: text(r.getCell(C.note).value),
    });
  }
  if (next < listed.lines.length)
    problems.push({
      file,
      field: listed.sheet,
      code: "xlsx.missing_rows",
      message: `Sheet "${listed.sheet}" thiếu ${listed.lines.length - next} dòng chỉ tiêu so với biểu mẫu đã tải (dòng bị xoá?); hãy tải lại biểu mẫu.`,
    });
}

/** A cell's content as trimmed text (rich text, formula results and hyperlinks included). */
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
    if (value instanceof Date) return value.toISOString();
    return "";
  }
  return String(value).normalize("NFC").trim();
}

function cellValue(
  value: ExcelJS.CellValue,
  made: MadeLine,
  numbers: FileNumbers,
  row: number,
  refuse: (code: string, message: string) => void,
): number | string | null | undefined {
  const raw =
    value !== null && typeof value === "object" && "result" in value ? value.result : value;
  if (typeof raw === "number") return raw;
  if (typeof raw === "boolean") return raw ? 1 : 0;
  const cell = text(raw as ExcelJS.CellValue);
  if (cell === "") return null;
  if (made[6] === "text") return cell;
  const read = numbers.read(cell, row);
  if ("value" in read) return read.value;
  if ("text" in read) {
    refuse("xlsx.invalid_number", `"${cell}" không phải là số.`);
    return undefined;
  }
  refuse(read.code, read.message);
  return undefined;
}

function statusOf(cell: string): "estimate" | "official" | null | undefined {
  const s = cell.toLowerCase();
  if (s === "") return null;
  if (s === "ước" || s === "estimate" || s === "ước tính") return "estimate";
  if (s === "chính thức" || s === "official") return "official";
  return undefined;
}
