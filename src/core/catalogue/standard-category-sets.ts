import type { CategorySet } from "./indicator.ts";

/** School levels of enrolment figures (mầm non 2322/2663, tiểu học 6524/6422…). */
export const SCHOOL_LEVEL: CategorySet = {
  code: "school_level",
  nameVi: "Cấp học",
  nameEn: "School level",
  totalRule: "sum",
  options: [
    { code: "mam_non", nameVi: "Mầm non", nameEn: "Preschool" },
    { code: "tieu_hoc", nameVi: "Tiểu học", nameEn: "Primary" },
    { code: "thcs", nameVi: "Trung học cơ sở", nameEn: "Lower secondary" },
    { code: "thpt", nameVi: "Trung học phổ thông", nameEn: "Upper secondary" },
  ],
};

/** Funding sources of public investment, by managing level. */
export const FUND_SOURCE: CategorySet = {
  code: "fund_source",
  nameVi: "Nguồn vốn",
  nameEn: "Funding source",
  totalRule: "sum",
  options: [
    { code: "tinh_quan_ly", nameVi: "Vốn tỉnh quản lý", nameEn: "Province-managed capital" },
    { code: "huyen_quan_ly", nameVi: "Vốn cấp huyện quản lý", nameEn: "District-managed capital" },
    { code: "xa_quan_ly", nameVi: "Vốn cấp xã quản lý", nameEn: "Commune-managed capital" },
  ],
};

/**
 * Damage bands of crops hit by disasters. Independent total: area damaged under 30% is counted
 * in the total but has no band of its own in the report.
 */
export const DAMAGE_BAND: CategorySet = {
  code: "damage_band",
  nameVi: "Mức độ thiệt hại",
  nameEn: "Damage band",
  totalRule: "independent",
  options: [
    { code: "tren_70", nameVi: "Thiệt hại trên 70%", nameEn: "Over 70% damaged" },
    { code: "tu_30_den_70", nameVi: "Thiệt hại từ 30-70%", nameEn: "30–70% damaged" },
  ],
};

/** Rice seasons of the Mekong delta; a year's output is the sum of its seasons. */
export const RICE_SEASON: CategorySet = {
  code: "rice_season",
  nameVi: "Vụ lúa",
  nameEn: "Rice season",
  totalRule: "sum",
  options: [
    { code: "dong_xuan", nameVi: "Đông Xuân", nameEn: "Winter–spring" },
    { code: "he_thu", nameVi: "Hè Thu", nameEn: "Summer–autumn" },
    { code: "thu_dong", nameVi: "Thu Đông", nameEn: "Autumn–winter" },
  ],
};

/** The category sets above, ready to pass to `defineCatalogue`. */
export const STANDARD_CATEGORY_SETS: readonly CategorySet[] = [
  SCHOOL_LEVEL,
  FUND_SOURCE,
  DAMAGE_BAND,
  RICE_SEASON,
];
