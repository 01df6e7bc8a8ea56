import type { Language } from "./language.tsx";

/** Names of the codes the API sends as they are (unit kinds, managing levels, statuses…). */
const CODES: Record<string, { vi: string; en: string }> = {
  province: { vi: "Tỉnh, thành phố", en: "Province" },
  district: { vi: "Huyện, thị xã", en: "District" },
  commune: { vi: "Xã, phường", en: "Commune" },
  agency: { vi: "Phòng, ban, ngành", en: "Agency" },
  tinh_quan_ly: { vi: "Tỉnh quản lý", en: "Province-managed" },
  huyen_quan_ly: { vi: "Thị xã quản lý", en: "Town-managed" },
  xa_quan_ly: { vi: "Xã quản lý", en: "Commune-managed" },
  ctmtqg: { vi: "Chương trình MTQG", en: "National target programme" },
  in_progress: { vi: "Đang thực hiện", en: "In progress" },
  planned: { vi: "Chuẩn bị đầu tư", en: "Planned" },
  preparing: { vi: "Chuẩn bị đầu tư", en: "Preparing" },
  completed: { vi: "Hoàn thành", en: "Completed" },
  done: { vi: "Hoàn thành", en: "Done" },
  suspended: { vi: "Tạm dừng", en: "Suspended" },
  official: { vi: "Chính thức", en: "Official" },
  estimate: { vi: "Ước", en: "Estimate" },
  "via.form": { vi: "Biểu nhập", en: "Entry form" },
  "via.import": { vi: "Nhập từ tệp", en: "File import" },
  "via.api": { vi: "Hệ thống khác (API)", en: "Another system (API)" },
  "via.system": { vi: "Hệ thống tự tính", en: "Computed by the system" },
  "check.unresolved_figure": { vi: "Số liệu chưa tính được", en: "Unresolved figure" },
  "check.typed_number": { vi: "Số gõ tay", en: "Typed number" },
  "check.spaced_number": { vi: "Số viết tách", en: "Split number" },
  "check.ratio_mismatch": { vi: "Tỷ lệ không khớp", en: "Ratio mismatch" },
  "check.share_mismatch": { vi: "Tỷ trọng không khớp", en: "Share mismatch" },
  "check.parts_mismatch": { vi: "Tổng các phần không khớp", en: "Parts don't add up" },
  "check.change_mismatch": { vi: "Mức tăng, giảm không khớp", en: "Change mismatch" },
  "check.missing_report": { vi: "Đơn vị chưa báo cáo", en: "Unit has not reported" },
  "check.validation": { vi: "Quy tắc kiểm tra", en: "Validation rule" },
  "check.not_approved": { vi: "Chưa duyệt", en: "Not approved" },
  "check.section_not_approved": {
    vi: "Phần của phòng ban chưa duyệt",
    en: "Department section not approved",
  },
  "check.template": { vi: "Mẫu báo cáo", en: "Template" },
};

/** The name of a code in the UI language; unknown codes are shown as they are. */
export function codeName(code: string | null | undefined, lang: Language): string {
  if (!code) return "—";
  return CODES[code]?.[lang] ?? code;
}
