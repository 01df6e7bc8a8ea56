import type { MeasureUnit } from "./measure-unit.ts";

/** A count unit is its own dimension: hộ and người do not convert into each other. */
function count(code: string, symbol: string, nameEn: string): MeasureUnit {
  return { code, symbol, nameEn, dimension: `count.${code}`, factor: 1 };
}

/**
 * The built-in table of units of measure seen in monthly reports. Factors are exact powers of
 * ten so that conversions between money scales stay exact.
 */
export const measureUnits: readonly MeasureUnit[] = [
  // Money: base đồng.
  { code: "dong", symbol: "đồng", nameEn: "dong", dimension: "money", factor: 1 },
  {
    code: "nghin_dong",
    symbol: "nghìn đồng",
    nameEn: "thousand dong",
    dimension: "money",
    factor: 1e3,
  },
  {
    code: "trieu_dong",
    symbol: "triệu đồng",
    nameEn: "million dong",
    dimension: "money",
    factor: 1e6,
  },
  { code: "ty_dong", symbol: "tỷ đồng", nameEn: "billion dong", dimension: "money", factor: 1e9 },
  // Mass: base kg.
  { code: "kg", symbol: "kg", nameEn: "kilogram", dimension: "mass", factor: 1 },
  { code: "ta", symbol: "tạ", nameEn: "quintal (100 kg)", dimension: "mass", factor: 100 },
  { code: "tan", symbol: "tấn", nameEn: "tonne", dimension: "mass", factor: 1000 },
  // Area: base m².
  { code: "m2", symbol: "m²", nameEn: "square metre", dimension: "area", factor: 1 },
  { code: "ha", symbol: "ha", nameEn: "hectare", dimension: "area", factor: 1e4 },
  { code: "km2", symbol: "km²", nameEn: "square kilometre", dimension: "area", factor: 1e6 },
  // Length: base m.
  { code: "m", symbol: "m", nameEn: "metre", dimension: "length", factor: 1 },
  { code: "km", symbol: "km", nameEn: "kilometre", dimension: "length", factor: 1e3 },
  // Yield: base kg/ha.
  {
    code: "kg_per_ha",
    symbol: "kg/ha",
    nameEn: "kilograms per hectare",
    dimension: "yield",
    factor: 1,
  },
  {
    code: "ta_per_ha",
    symbol: "tạ/ha",
    nameEn: "quintals per hectare",
    dimension: "yield",
    factor: 100,
  },
  {
    code: "tan_per_ha",
    symbol: "tấn/ha",
    nameEn: "tonnes per hectare",
    dimension: "yield",
    factor: 1000,
  },
  // Ratio: base %.
  { code: "percent", symbol: "%", nameEn: "percent", dimension: "ratio", factor: 1 },
  // Counts.
  count("nguoi", "người", "people"),
  count("ho", "hộ", "households"),
  count("luot", "lượt", "visits"),
  count("ho_so", "hồ sơ", "dossiers"),
  count("vu", "vụ", "cases (incidents)"),
  count("ca", "ca", "cases (patients)"),
  count("can", "căn", "houses"),
  count("hoc_sinh", "học sinh", "pupils"),
  count("hoc_vien", "học viên", "trainees"),
  count("lao_dong", "lao động", "workers"),
  count("doi_tuong", "đối tượng", "beneficiaries or suspects"),
  count("cong_trinh", "công trình", "works"),
  count("du_an", "dự án", "projects"),
  count("de_an", "đề án", "schemes"),
  count("giay", "giấy", "certificates"),
  count("the", "thẻ", "cards"),
  count("tin_bai", "tin bài", "news articles"),
  count("lop", "lớp", "classes"),
  count("o_dich", "ổ dịch", "outbreaks"),
  count("cuoc", "cuộc", "sessions"),
  count("truong_hop", "trường hợp", "cases (instances)"),
  count("phuong_tien", "phương tiện", "vehicles"),
  count("con", "con", "head (animals)"),
  count("diem", "điểm", "points"),
  // Text and yes/no indicators carry no unit.
  { code: "none", symbol: "", nameEn: "no unit", dimension: "none", factor: 1 },
];
