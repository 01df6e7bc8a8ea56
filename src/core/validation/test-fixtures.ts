/**
 * A slice of the reference report (Ngã Năm, August 2023) for the validation tests: a catalogue
 * and an environment answering formula references from a table of figures.
 */
import { type Catalogue, defineCatalogue, STANDARD_CATEGORY_SETS } from "../catalogue/index.ts";
import type { FormulaEnv, ReferenceQuery } from "../formula/index.ts";

const count = (code: string, nameVi: string, extra: object = {}) => ({
  code,
  nameVi,
  nameEn: code,
  sector: "inspection_justice_government",
  unit: "ho_so",
  valueType: "integer",
  aggregation: { overTime: "sum", overUnits: "sum" },
  ...extra,
});

/** Land dossiers, school enrolment, crop damage and the one-stop shop. */
export const catalogue: Catalogue = defineCatalogue({
  categorySets: STANDARD_CATEGORY_SETS,
  indicators: [
    count("tnmt_tiep_nhan", "Hồ sơ tài nguyên, môi trường tiếp nhận"),
    count("tnmt_dung_han", "Hồ sơ giải quyết đúng hạn"),
    count("tnmt_tre_han", "Hồ sơ giải quyết trễ hạn"),
    count("tnmt_trong_han", "Hồ sơ trong thời hạn giải quyết"),
    count("mot_cua_tiep_nhan", "Hồ sơ một cửa tiếp nhận"),
    count("mot_cua_dung_han", "Hồ sơ một cửa giải quyết đúng hạn"),
    count("mot_cua_tre_han", "Hồ sơ một cửa trễ hạn"),
    count("mot_cua_trong_han", "Hồ sơ một cửa trong hạn"),
    {
      code: "hoc_sinh_ra_lop",
      nameVi: "Học sinh ra lớp",
      nameEn: "Pupils enrolled",
      sector: "culture_society",
      unit: "hoc_sinh",
      valueType: "integer",
      aggregation: { overTime: "last", overUnits: "sum" },
      disaggregations: ["school_level"],
    },
    {
      code: "hoc_sinh_ra_lop_ty_le",
      nameVi: "Tỷ lệ học sinh ra lớp so với chỉ tiêu (số ghi trong báo cáo)",
      nameEn: "Enrolment rate against target (as stated)",
      sector: "culture_society",
      unit: "percent",
      valueType: "percent",
      decimals: 1,
      aggregation: { overTime: "last", overUnits: "none" },
      disaggregations: ["school_level"],
    },
    {
      code: "lua_thiet_hai",
      nameVi: "Diện tích lúa, hoa màu bị thiệt hại",
      nameEn: "Rice and crop area damaged",
      sector: "economy",
      unit: "ha",
      valueType: "number",
      decimals: 0,
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: ["damage_band"],
    },
    {
      code: "lua_san_luong",
      nameVi: "Sản lượng lúa",
      nameEn: "Rice output",
      sector: "economy",
      unit: "tan",
      valueType: "number",
      decimals: 0,
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: [{ set: "rice_season", options: ["dong_xuan", "he_thu", "thu_dong"] }],
    },
  ],
});

/** The key a figure is stored under: `code`, `code[set=option]`, `code#plan`. */
export function keyOf(q: ReferenceQuery): string {
  const selectors = q.selectors.map((s) => `${s.category ?? "?"}=${s.option}`).join(",");
  return `${q.indicator}${selectors === "" ? "" : `[${selectors}]`}${q.target === null ? "" : `#${q.target}`}`;
}

/** An environment over a table of figures; anything not in the table is missing. */
export function tableEnv(figures: Readonly<Record<string, number>>): FormulaEnv {
  return { resolve: (q) => figures[keyOf(q)] ?? null };
}

/** The report's figures for August 2023. */
export const AUGUST_2023: Readonly<Record<string, number>> = {
  // "tiếp nhận 852 hồ sơ … giải quyết đúng hạn 829 hồ sơ …, 24 hồ sơ trong thời hạn giải quyết"
  tnmt_tiep_nhan: 852,
  tnmt_dung_han: 829,
  tnmt_trong_han: 24,
  // "tiếp nhận 880 hồ sơ … đúng hạn 719 hồ sơ, trễ hạn 01 hồ sơ …; còn 160 hồ sơ trong thời hạn"
  mot_cua_tiep_nhan: 880,
  mot_cua_dung_han: 719,
  mot_cua_tre_han: 1,
  mot_cua_trong_han: 160,
  // "đạt 101% (16.633/16.543 học sinh) …: mầm non 2322/2663 … 87,2%, tiểu học 6524/6422 … 101%,
  //  THCS 5231/5068 … 103%, THPT 2556/2390 … 107%"
  hoc_sinh_ra_lop: 16633,
  "hoc_sinh_ra_lop#resolution": 16543,
  "hoc_sinh_ra_lop[school_level=mam_non]": 2322,
  "hoc_sinh_ra_lop[school_level=mam_non]#resolution": 2663,
  "hoc_sinh_ra_lop[school_level=tieu_hoc]": 6524,
  "hoc_sinh_ra_lop[school_level=tieu_hoc]#resolution": 6422,
  "hoc_sinh_ra_lop[school_level=thcs]": 5231,
  "hoc_sinh_ra_lop[school_level=thcs]#resolution": 5068,
  "hoc_sinh_ra_lop[school_level=thpt]": 2556,
  "hoc_sinh_ra_lop[school_level=thpt]#resolution": 2390,
  hoc_sinh_ra_lop_ty_le: 101,
  "hoc_sinh_ra_lop_ty_le[school_level=mam_non]": 87.2,
  "hoc_sinh_ra_lop_ty_le[school_level=tieu_hoc]": 101,
  "hoc_sinh_ra_lop_ty_le[school_level=thcs]": 103,
  "hoc_sinh_ra_lop_ty_le[school_level=thpt]": 107,
  // "2.631 ha … (thiệt hại trên 70% là 510 ha; thiệt hại từ 30-70% là 2.121 ha)"
  lua_thiet_hai: 2631,
  "lua_thiet_hai[damage_band=tren_70]": 510,
  "lua_thiet_hai[damage_band=tu_30_den_70]": 2121,
};
