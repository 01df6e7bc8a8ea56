import type { Language } from "../../i18n/index.ts";

/** The import page's texts, kept with the page (the shared dictionaries are being reworked). */
const TEXTS = {
  vi: {
    title: "Nhập từ tệp Excel",
    download: "Tải biểu mẫu của đơn vị, tháng đang chọn",
    dropHint: "Kéo thả biểu mẫu đã điền (.xlsx) vào đây, hoặc bấm để chọn tệp",
    dropNote: "Chỉ nhận biểu mẫu tải từ baocao; trước khi ghi sẽ xem lại các thay đổi.",
    reading: "Đang đọc tệp…",
    confirm: "Ghi {n} thay đổi",
    nothing: "Không có thay đổi nào để ghi.",
    written: "Đã ghi {n} giá trị. Xem bảng điều hành để thấy số liệu mới.",
    toDashboard: "Mở bảng điều hành",
    conflictsNote:
      "Các ô xung đột đã được người khác sửa sau khi tải biểu; chúng không bị ghi đè — hãy tải biểu mới.",
    cell: "Ô",
    indicator: "Chỉ tiêu",
    unit: "Đơn vị",
    change: "Thay đổi",
    stored: "Trên hệ thống",
    uploaded: "Trong tệp",
    new: "Mới",
    changed: "Sửa",
    unchanged: "Không đổi",
    conflict: "Xung đột",
    showUnchanged: "Hiện cả dòng không đổi",
  },
  en: {
    title: "Import from Excel",
    download: "Download the form of the selected unit and month",
    dropHint: "Drop the filled form (.xlsx) here, or click to choose a file",
    dropNote:
      "Only forms downloaded from baocao; you review the changes before anything is written.",
    reading: "Reading the file…",
    confirm: "Write {n} changes",
    nothing: "Nothing to write.",
    written: "{n} values written. The dashboard shows the new figures.",
    toDashboard: "Open the dashboard",
    conflictsNote:
      "Conflicting cells were changed by someone else after the form was downloaded; they are not overwritten — download a new form.",
    cell: "Cell",
    indicator: "Indicator",
    unit: "Unit",
    change: "Change",
    stored: "Stored",
    uploaded: "In the file",
    new: "New",
    changed: "Changed",
    unchanged: "Unchanged",
    conflict: "Conflict",
    showUnchanged: "Show unchanged lines too",
  },
} as const;

/** A text of the import page in the current language, `{n}` filled. */
export function importText(lang: Language, key: keyof (typeof TEXTS)["vi"], n?: number): string {
  const text: string = TEXTS[lang][key];
  return n === undefined ? text : text.replace("{n}", String(n));
}
