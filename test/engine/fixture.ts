import type { CatalogueInput } from "../../src/core/catalogue/index.ts";
import type { OrgUnit, UnitEvent } from "../../src/core/units/index.ts";
import { Engine } from "../../src/engine/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";

/** A small town: a province, the town, four communes (three merge in 2025) and a tax office. */
export const units: OrgUnit[] = [
  {
    code: "ST",
    nameVi: "Tỉnh Sóc Trăng",
    nameEn: "Soc Trang",
    kind: "province",
    parent: null,
    validFrom: "2000-01-01",
    validTo: null,
  },
  {
    code: "NN",
    nameVi: "Thị xã Ngã Năm",
    nameEn: "Nga Nam",
    kind: "district",
    parent: "ST",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
  },
  {
    code: "P1",
    nameVi: "Phường 1",
    nameEn: "Ward 1",
    kind: "commune",
    parent: "NN",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
  },
  {
    code: "P2",
    nameVi: "Phường 2",
    nameEn: "Ward 2",
    kind: "commune",
    parent: "NN",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
  },
  {
    code: "P3",
    nameVi: "Phường 3",
    nameEn: "Ward 3",
    kind: "commune",
    parent: "NN",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
  },
  {
    code: "LB",
    nameVi: "Xã Long Bình",
    nameEn: "Long Binh",
    kind: "commune",
    parent: "NN",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
  },
  {
    code: "TAX",
    nameVi: "Chi cục Thuế",
    nameEn: "Tax office",
    kind: "agency",
    parent: "NN",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
  },
  {
    code: "PNN",
    nameVi: "Phường Ngã Năm",
    nameEn: "Nga Nam ward",
    kind: "commune",
    parent: "ST",
    validFrom: "2025-07-01",
    validTo: null,
  },
  {
    code: "LB2",
    nameVi: "Xã Long Bình (mới)",
    nameEn: "Long Binh (new)",
    kind: "commune",
    parent: "ST",
    validFrom: "2025-07-01",
    validTo: null,
  },
];

export const events: UnitEvent[] = [
  {
    id: "merge-pnn",
    kind: "merge",
    date: "2025-07-01",
    sources: ["P1", "P2", "P3"],
    target: "PNN",
  },
  {
    id: "split-lb",
    kind: "split",
    date: "2025-07-01",
    source: "LB",
    targets: [
      { unit: "PNN", weight: 0.25 },
      { unit: "LB2", weight: 0.75 },
    ],
  },
  { id: "end-nn", kind: "dissolve", date: "2025-07-01", unit: "NN" },
  { id: "end-tax", kind: "dissolve", date: "2025-07-01", unit: "TAX" },
];

const flow = { overTime: "sum", overUnits: "sum" };
export const catalogue: CatalogueInput = {
  categorySets: [
    {
      code: "school_level",
      nameVi: "Cấp học",
      nameEn: "School level",
      options: [
        { code: "tieu_hoc", nameVi: "Tiểu học", nameEn: "Primary" },
        { code: "thcs", nameVi: "THCS", nameEn: "Lower secondary" },
      ],
      totalRule: "sum",
    },
  ],
  indicators: [
    {
      code: "received",
      nameVi: "Hồ sơ tiếp nhận",
      nameEn: "Dossiers received",
      sector: "economy",
      unit: "ho_so",
      valueType: "integer",
      aggregation: flow,
    },
    {
      code: "resolved",
      nameVi: "Hồ sơ giải quyết đúng hạn",
      nameEn: "Resolved on time",
      sector: "economy",
      unit: "ho_so",
      valueType: "integer",
      aggregation: flow,
    },
    {
      code: "pending",
      nameVi: "Hồ sơ trong hạn",
      nameEn: "Pending",
      sector: "economy",
      unit: "ho_so",
      valueType: "integer",
      aggregation: { overTime: "last", overUnits: "sum" },
    },
    {
      code: "resolved_rate",
      nameVi: "Tỷ lệ giải quyết",
      nameEn: "Resolution rate",
      sector: "economy",
      unit: "percent",
      valueType: "percent",
      formula: "resolved / received * 100",
      decimals: 2,
    },
    {
      code: "loans",
      nameVi: "Dư nợ",
      nameEn: "Loans outstanding",
      sector: "economy",
      unit: "trieu_dong",
      valueType: "number",
      aggregation: { overTime: "last", overUnits: "sum" },
    },
    {
      code: "price",
      nameVi: "Giá lúa",
      nameEn: "Rice price",
      sector: "economy",
      unit: "dong",
      valueType: "number",
      aggregation: { overTime: "average", overUnits: "average" },
    },
    {
      code: "price_low",
      nameVi: "Giá lúa thấp nhất",
      nameEn: "Lowest rice price",
      sector: "economy",
      unit: "dong",
      valueType: "number",
      aggregation: { overTime: "min", overUnits: "min" },
    },
    {
      code: "price_high",
      nameVi: "Giá lúa cao nhất",
      nameEn: "Highest rice price",
      sector: "economy",
      unit: "dong",
      valueType: "number",
      aggregation: { overTime: "max", overUnits: "max" },
    },
    {
      code: "rice_area",
      nameVi: "Diện tích lúa",
      nameEn: "Rice area",
      sector: "economy",
      unit: "ha",
      valueType: "number",
      aggregation: flow,
    },
    {
      code: "rice_yield",
      nameVi: "Năng suất lúa",
      nameEn: "Rice yield",
      sector: "economy",
      unit: "tan_per_ha",
      valueType: "number",
      decimals: 3,
      aggregation: {
        overTime: "max",
        overUnits: { kind: "weighted_average", weight: "rice_area" },
      },
    },
    {
      code: "pupils",
      nameVi: "Học sinh ra lớp",
      nameEn: "Pupils enrolled",
      sector: "culture_society",
      unit: "hoc_sinh",
      valueType: "integer",
      aggregation: flow,
      disaggregations: ["school_level"],
    },
    {
      code: "revenue",
      nameVi: "Thu ngân sách",
      nameEn: "Budget revenue",
      sector: "economy",
      unit: "trieu_dong",
      valueType: "number",
      aggregation: flow,
    },
  ],
};

/** Opens an engine on a fresh migrated store with the town, its history and the catalogue. */
export async function townEngine(
  store: Store,
  clock = () => "2023-08-20T08:00:00.000Z",
): Promise<Engine> {
  await migrateToLatest(store);
  const engine = await Engine.open(store, { clock });
  await engine.saveUnits(units, events);
  await engine.saveCatalogue(catalogue);
  return engine;
}

/** Who writes in tests. */
export const clerk = { by: "clerk", via: "form" } as const;
