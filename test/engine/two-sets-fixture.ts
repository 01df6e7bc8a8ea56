import type { CatalogueInput } from "../../src/core/catalogue/index.ts";

/**
 * Issue 17: an indicator split by two category sets (season × crop). Values are entered at the
 * full cross; a selection on one set sums the other, with the total's no-data rule. Plain data
 * (no engine), so the core's tests read it too.
 */
export const twoSetCatalogue: CatalogueInput = {
  categorySets: [
    {
      code: "season",
      nameVi: "Vụ",
      nameEn: "Season",
      options: [
        { code: "dong_xuan", nameVi: "Đông Xuân", nameEn: "Winter-spring" },
        { code: "he_thu", nameVi: "Hè Thu", nameEn: "Summer-autumn" },
        { code: "mua", nameVi: "Mùa", nameEn: "Main season" },
      ],
      totalRule: "sum",
    },
    {
      code: "crop",
      nameVi: "Cây trồng",
      nameEn: "Crop",
      options: [
        { code: "lua", nameVi: "Lúa", nameEn: "Rice" },
        { code: "ngo", nameVi: "Ngô", nameEn: "Maize" },
      ],
      totalRule: "sum",
    },
  ],
  indicators: [
    {
      code: "crop_area",
      nameVi: "Diện tích gieo trồng",
      nameEn: "Sown area",
      sector: "economy",
      unit: "ha",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: ["season", "crop"],
    },
    {
      code: "crop_yield",
      nameVi: "Năng suất",
      nameEn: "Yield",
      sector: "economy",
      unit: "tan_per_ha",
      valueType: "number",
      decimals: 3,
      aggregation: {
        overTime: "max",
        overUnits: { kind: "weighted_average", weight: "crop_area" },
      },
      disaggregations: ["season", "crop"],
    },
    {
      code: "crop_price_low",
      nameVi: "Giá thấp nhất",
      nameEn: "Lowest price",
      sector: "economy",
      unit: "dong",
      valueType: "number",
      aggregation: { overTime: "min", overUnits: "min" },
      disaggregations: ["season", "crop"],
    },
    {
      // Damage by crop is reported on its own (not every damaged hectare is of a listed crop).
      code: "crop_damage",
      nameVi: "Diện tích thiệt hại",
      nameEn: "Damaged area",
      sector: "economy",
      unit: "ha",
      valueType: "number",
      aggregation: { overTime: "sum", overUnits: "sum" },
      disaggregations: ["season", { set: "crop", totalRule: "independent" }],
    },
  ],
};
