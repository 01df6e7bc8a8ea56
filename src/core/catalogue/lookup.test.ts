import { describe, expect, it } from "vitest";
import { defineCatalogue } from "./define-catalogue.ts";
import {
  findCategorySet,
  findIndicator,
  getIndicator,
  indicatorsBySector,
  indicatorsBySubGroup,
  subGroupsOfSector,
  unitOf,
} from "./lookup.ts";
import { getSector, isSectorCode, SECTORS } from "./sectors.ts";
import { STANDARD_CATEGORY_SETS } from "./standard-category-sets.ts";

const flow = { overTime: "sum", overUnits: "sum" } as const;

const catalogue = defineCatalogue({
  categorySets: STANDARD_CATEGORY_SETS,
  subGroups: [
    { code: "ngan_sach", sector: "economy", nameVi: "Thu ngân sách", nameEn: "Budget revenue" },
    { code: "tin_dung", sector: "economy", nameVi: "Tín dụng", nameEn: "Credit" },
    { code: "viec_lam", sector: "culture_society", nameVi: "Việc làm", nameEn: "Jobs" },
  ],
  indicators: [
    {
      code: "thu_ngan_sach",
      nameVi: "Thu ngân sách",
      nameEn: "Budget revenue",
      sector: "economy",
      subGroup: "ngan_sach",
      unit: "trieu_dong",
      valueType: "number",
      aggregation: flow,
    },
    {
      code: "du_no",
      nameVi: "Tổng dư nợ",
      nameEn: "Loans outstanding",
      sector: "economy",
      subGroup: "tin_dung",
      unit: "trieu_dong",
      valueType: "number",
      aggregation: { overTime: "last", overUnits: "sum" },
    },
    {
      code: "viec_lam_moi",
      nameVi: "Giải quyết việc làm",
      nameEn: "Jobs created",
      sector: "culture_society",
      subGroup: "viec_lam",
      unit: "lao_dong",
      valueType: "integer",
      aggregation: flow,
    },
    {
      code: "tai_nan_giao_thong",
      nameVi: "Tai nạn giao thông",
      nameEn: "Traffic accidents",
      sector: "defence_security",
      unit: "vu",
      valueType: "integer",
      aggregation: flow,
      direction: "lower_is_better",
    },
  ],
});

describe("catalogue lookups", () => {
  it("finds indicators by code", () => {
    expect(findIndicator(catalogue, "du_no")?.aggregation.overTime).toBe("last");
    expect(findIndicator(catalogue, "nope")).toBeUndefined();
    expect(getIndicator(catalogue, "viec_lam_moi").unit).toBe("lao_dong");
    expect(() => getIndicator(catalogue, "nope")).toThrow(
      expect.objectContaining({
        code: "catalogue.unknown_indicator",
        details: { indicator: "nope" },
      }),
    );
  });

  it("lists indicators by sector and sub-group in catalogue order", () => {
    expect(indicatorsBySector(catalogue, "economy").map((i) => i.code)).toEqual([
      "thu_ngan_sach",
      "du_no",
    ]);
    expect(indicatorsBySector(catalogue, "inspection_justice_government")).toEqual([]);
    expect(indicatorsBySubGroup(catalogue, "tin_dung").map((i) => i.code)).toEqual(["du_no"]);
    expect(subGroupsOfSector(catalogue, "economy").map((g) => g.code)).toEqual([
      "ngan_sach",
      "tin_dung",
    ]);
  });

  it("finds category sets and an indicator's unit", () => {
    expect(findCategorySet(catalogue, "damage_band")?.totalRule).toBe("independent");
    expect(findCategorySet(catalogue, "gender")).toBeUndefined();
    expect(unitOf(catalogue, getIndicator(catalogue, "thu_ngan_sach")).symbol).toBe("triệu đồng");
  });
});

describe("sectors", () => {
  it("has the report's four sectors with both labels", () => {
    expect(SECTORS.map((s) => s.nameVi)).toEqual([
      "Kinh tế",
      "Văn hóa - Xã hội",
      "Quốc phòng - An ninh",
      "Thanh tra, tư pháp, xây dựng chính quyền và cải cách hành chính",
    ]);
    expect(getSector("defence_security").nameEn).toBe("Defence and security");
    expect(isSectorCode("economy")).toBe(true);
    expect(isSectorCode("finance")).toBe(false);
    expect(() => getSector("finance")).toThrow(
      expect.objectContaining({ code: "catalogue.unknown_sector" }),
    );
  });
});
