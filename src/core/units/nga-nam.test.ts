import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import {
  buildUnitHistory,
  type OrgUnit,
  remapValues,
  type UnitEvent,
  validateUnitHistory,
} from "./index.ts";

// Ngã Năm town (thị xã), Sóc Trăng, before and after the reform of 1 July 2025. The boundaries are
// simplified test data: Xã Long Bình is split 0.6 / 0.4 to exercise weights, which the real
// arrangement did not do. Records start on 2000-01-01 for the purpose of the test.
const START = "2000-01-01";
const REFORM = "2025-07-01";

function unit(
  code: string,
  nameVi: string,
  nameEn: string,
  kind: OrgUnit["kind"],
  parent: string | null,
  validFrom = START,
  validTo: string | null = REFORM,
): OrgUnit {
  return { code, nameVi, nameEn, kind, parent, validFrom, validTo };
}

const UNITS: readonly OrgUnit[] = [
  unit("CAN_THO", "Thành phố Cần Thơ", "Can Tho City", "province", null, START, null),
  unit("SOC_TRANG", "Tỉnh Sóc Trăng", "Soc Trang Province", "province", null),
  unit("HAU_GIANG", "Tỉnh Hậu Giang", "Hau Giang Province", "province", null),
  unit("NGA_NAM", "Thị xã Ngã Năm", "Nga Nam Town", "district", "SOC_TRANG"),
  unit("PHUONG_1", "Phường 1", "Ward 1", "commune", "NGA_NAM"),
  unit("PHUONG_2", "Phường 2", "Ward 2", "commune", "NGA_NAM"),
  unit("PHUONG_3", "Phường 3", "Ward 3", "commune", "NGA_NAM"),
  unit("PHUONG_VINH_QUOI", "Phường Vĩnh Quới", "Vinh Quoi Ward", "commune", "NGA_NAM"),
  unit("XA_TAN_LONG", "Xã Tân Long", "Tan Long Commune", "commune", "NGA_NAM", START, null),
  unit("XA_LONG_BINH", "Xã Long Bình", "Long Binh Commune", "commune", "NGA_NAM"),
  unit("XA_MY_QUOI", "Xã Mỹ Quới", "My Quoi Commune", "commune", "NGA_NAM"),
  unit("XA_MY_BINH", "Xã Mỹ Bình", "My Binh Commune", "commune", "NGA_NAM"),
  unit(
    "NN_TCKH",
    "Phòng Tài chính - Kế hoạch thị xã Ngã Năm",
    "Finance and Planning Office",
    "agency",
    "NGA_NAM",
  ),
  unit(
    "NN_CONG_AN",
    "Công an thị xã Ngã Năm",
    "Nga Nam Town Police",
    "agency",
    "NGA_NAM",
    START,
    "2025-03-01",
  ),
  unit(
    "NN_NHCSXH",
    "Ngân hàng Chính sách xã hội thị xã Ngã Năm",
    "VBSP Nga Nam",
    "agency",
    "NGA_NAM",
    START,
    null,
  ),
  unit(
    "NN_AGRIBANK",
    "Ngân hàng Nông nghiệp và Phát triển nông thôn - Chi nhánh Ngã Năm",
    "Agribank Nga Nam Branch",
    "agency",
    "NGA_NAM",
    START,
    null,
  ),
  unit("PHUONG_NGA_NAM", "Phường Ngã Năm", "Nga Nam Ward", "commune", "CAN_THO", REFORM, null),
  unit("PHUONG_MY_QUOI", "Phường Mỹ Quới", "My Quoi Ward", "commune", "CAN_THO", REFORM, null),
];

const EVENTS: readonly UnitEvent[] = [
  // District-level police were abolished on 1 March 2025, ahead of the district level itself.
  { id: "cong-an-nga-nam", kind: "dissolve", date: "2025-03-01", unit: "NN_CONG_AN" },
  {
    id: "can-tho",
    kind: "merge",
    date: REFORM,
    sources: ["CAN_THO", "SOC_TRANG", "HAU_GIANG"],
    target: "CAN_THO",
    basis: "Nghị quyết số 202/2025/QH15",
  },
  { id: "nga-nam-end", kind: "dissolve", date: REFORM, unit: "NGA_NAM" },
  { id: "tckh-end", kind: "dissolve", date: REFORM, unit: "NN_TCKH" },
  {
    id: "phuong-nga-nam",
    kind: "merge",
    date: REFORM,
    sources: ["PHUONG_1", "PHUONG_2", "PHUONG_3"],
    target: "PHUONG_NGA_NAM",
  },
  {
    id: "phuong-my-quoi",
    kind: "merge",
    date: REFORM,
    sources: ["PHUONG_VINH_QUOI", "XA_MY_QUOI"],
    target: "PHUONG_MY_QUOI",
  },
  {
    id: "xa-tan-long",
    kind: "merge",
    date: REFORM,
    sources: ["XA_TAN_LONG", "XA_MY_BINH"],
    target: "XA_TAN_LONG",
  },
  {
    id: "long-binh",
    kind: "split",
    date: REFORM,
    source: "XA_LONG_BINH",
    targets: [
      { unit: "XA_TAN_LONG", weight: 0.6 },
      { unit: "PHUONG_MY_QUOI", weight: 0.4 },
    ],
  },
  { id: "tan-long-up", kind: "move", date: REFORM, unit: "XA_TAN_LONG", parent: "CAN_THO" },
  { id: "nhcsxh-up", kind: "move", date: REFORM, unit: "NN_NHCSXH", parent: "CAN_THO" },
  { id: "agribank-up", kind: "move", date: REFORM, unit: "NN_AGRIBANK", parent: "CAN_THO" },
];

// A hypothetical 2024 rename (not a real event) to test a rename followed by a merge.
const RENAME_2024: UnitEvent = {
  id: "my-binh-phuong",
  kind: "rename",
  date: "2024-01-01",
  unit: "XA_MY_BINH",
  nameVi: "Phường Mỹ Bình",
  nameEn: "My Binh Ward",
};

// Invented 2023 figures (e.g. summer-autumn rice area, ha) for the eight old communes.
const VALUES_2023 = [
  { unit: "PHUONG_1", value: 120 },
  { unit: "PHUONG_2", value: 85 },
  { unit: "PHUONG_3", value: 240 },
  { unit: "PHUONG_VINH_QUOI", value: 1650 },
  { unit: "XA_TAN_LONG", value: 2310 },
  { unit: "XA_LONG_BINH", value: 2480 },
  { unit: "XA_MY_QUOI", value: 1920 },
  { unit: "XA_MY_BINH", value: 2105 },
];
const TOTAL_2023 = 10910;

const history = buildUnitHistory(UNITS, EVENTS);
const codes = (list: readonly { code: string }[]) => list.map((u) => u.code);

describe("Ngã Năm: tree before and after 1 July 2025", () => {
  it("shows the town with its communes and agencies on the report date of August 2023", () => {
    const tree = history.treeAsOf("2023-08-14");
    expect(codes(tree.roots())).toEqual(["CAN_THO", "SOC_TRANG", "HAU_GIANG"]);
    expect(codes(tree.children("NGA_NAM"))).toEqual([
      "PHUONG_1",
      "PHUONG_2",
      "PHUONG_3",
      "PHUONG_VINH_QUOI",
      "XA_TAN_LONG",
      "XA_LONG_BINH",
      "XA_MY_QUOI",
      "XA_MY_BINH",
      "NN_TCKH",
      "NN_CONG_AN",
      "NN_NHCSXH",
      "NN_AGRIBANK",
    ]);
    expect(codes(tree.ancestors("PHUONG_1"))).toEqual(["NGA_NAM", "SOC_TRANG"]);
    expect(tree.has("PHUONG_NGA_NAM")).toBe(false);
  });

  it("drops the town police from 1 March 2025", () => {
    expect(history.treeAsOf("2025-02-28").has("NN_CONG_AN")).toBe(true);
    expect(history.treeAsOf("2025-03-01").has("NN_CONG_AN")).toBe(false);
    expect(history.treeAsOf("2025-06-30").children("NGA_NAM")).toHaveLength(11);
  });

  it("shows two levels from 1 July 2025: Cần Thơ and its wards, communes and moved agencies", () => {
    const tree = history.treeAsOf(REFORM);
    expect(codes(tree.roots())).toEqual(["CAN_THO"]);
    expect(tree.get("CAN_THO").nameVi).toBe("Thành phố Cần Thơ");
    expect(codes(tree.children("CAN_THO"))).toEqual([
      "XA_TAN_LONG",
      "NN_NHCSXH",
      "NN_AGRIBANK",
      "PHUONG_NGA_NAM",
      "PHUONG_MY_QUOI",
    ]);
    expect(codes(tree.ancestors("XA_TAN_LONG"))).toEqual(["CAN_THO"]);
    expect(tree.has("NGA_NAM")).toBe(false);
    expect(() => tree.get("NGA_NAM")).toThrow(
      /Thị xã Ngã Năm \(NGA_NAM\) không có hiệu lực vào ngày 01\/07\/2025/,
    );
  });
});

describe("Ngã Năm: 2023 values on the units of 1 July 2025", () => {
  const mapping = history.mappingBetween("2023-08-14", REFORM);
  const result = remapValues(VALUES_2023, mapping);
  const byUnit = new Map(result.values.map((v) => [v.unit, v]));

  it("sums merges and shares the split by weight", () => {
    expect(result.values.map((v) => [v.unit, v.value])).toEqual([
      ["XA_TAN_LONG", 2310 + 2105 + 0.6 * 2480],
      ["PHUONG_NGA_NAM", 120 + 85 + 240],
      ["PHUONG_MY_QUOI", 1650 + 1920 + 0.4 * 2480],
    ]);
    const total = result.values.reduce((sum, v) => sum + (v.value ?? 0), 0);
    expect(total).toBeCloseTo(TOTAL_2023, 9);
    expect(result.unmapped).toEqual([]);
  });

  it("says which values moved where", () => {
    expect(byUnit.get("PHUONG_NGA_NAM")).toMatchObject({
      computable: true,
      contributions: [
        { from: "PHUONG_1", weight: 1, value: 120 },
        { from: "PHUONG_2", weight: 1, value: 85 },
        { from: "PHUONG_3", weight: 1, value: 240 },
      ],
      missing: [],
    });
    expect(byUnit.get("XA_TAN_LONG")).toMatchObject({
      contributions: [
        { from: "XA_TAN_LONG", weight: 1, value: 2310 },
        { from: "XA_LONG_BINH", weight: 0.6, value: 1488 },
        { from: "XA_MY_BINH", weight: 1, value: 2105 },
      ],
    });
    expect(byUnit.get("PHUONG_MY_QUOI")).toMatchObject({
      value: 4562,
      contributions: [
        { from: "PHUONG_VINH_QUOI", weight: 1, value: 1650 },
        { from: "XA_LONG_BINH", weight: 0.4, value: 992 },
        { from: "XA_MY_QUOI", weight: 1, value: 1920 },
      ],
    });
  });

  it("maps the provinces into Cần Thơ and lists the dissolved units as unmapped", () => {
    const canTho = mapping.targets.find((t) => t.unit === "CAN_THO");
    expect(canTho).toMatchObject({
      sources: [
        { unit: "CAN_THO", weight: 1 },
        { unit: "SOC_TRANG", weight: 1 },
        { unit: "HAU_GIANG", weight: 1 },
      ],
    });
    expect(mapping.unmapped).toEqual([
      { unit: "NN_CONG_AN", weight: 1 },
      { unit: "NGA_NAM", weight: 1 },
      { unit: "NN_TCKH", weight: 1 },
    ]);
    const withTown = remapValues([...VALUES_2023, { unit: "NGA_NAM", value: 7 }], mapping);
    expect(withTown.unmapped).toEqual([{ from: "NGA_NAM", weight: 1, value: 7 }]);
  });

  it("keeps the town's 2023 total computable from the tree of 14 August 2023", () => {
    const tree = history.treeAsOf("2023-08-14");
    const communes = new Set(
      codes(tree.descendants("NGA_NAM").filter((u) => u.kind === "commune")),
    );
    expect(communes.size).toBe(8);
    const total = VALUES_2023.filter((v) => communes.has(v.unit)).reduce(
      (sum, v) => sum + v.value,
      0,
    );
    expect(total).toBe(TOTAL_2023);
  });
});

describe("Ngã Năm: today's values back on the old units", () => {
  const mapping = history.mappingBetween("2025-08-14", "2023-08-14");
  const values2025 = [
    { unit: "PHUONG_NGA_NAM", value: 500 },
    { unit: "PHUONG_MY_QUOI", value: 4700 },
    { unit: "XA_TAN_LONG", value: 6000 },
  ];
  const result = remapValues(values2025, mapping);
  const byUnit = new Map(result.values.map((v) => [v.unit, v]));

  it("re-aggregates the whole town, whose communes all stayed inside", () => {
    expect(byUnit.get("NGA_NAM")).toEqual({
      unit: "NGA_NAM",
      computable: true,
      value: 11200,
      contributions: [
        { from: "XA_TAN_LONG", weight: 1, value: 6000 },
        { from: "PHUONG_NGA_NAM", weight: 1, value: 500 },
        { from: "PHUONG_MY_QUOI", weight: 1, value: 4700 },
      ],
      missing: ["NN_NHCSXH", "NN_AGRIBANK"],
      notCarried: ["NGA_NAM", "NN_TCKH", "NN_CONG_AN"],
    });
  });

  it("refuses to split a merged ward back and says why", () => {
    const ward1 = byUnit.get("PHUONG_1");
    expect(ward1).toMatchObject({ computable: false, value: null, related: ["PHUONG_NGA_NAM"] });
    expect(ward1?.computable === false && ward1.reason).toBe(
      "Không thể tách ngược số liệu về đơn vị Phường 1 (PHUONG_1) ngày 14/08/2023: đơn vị Phường Ngã Năm (PHUONG_NGA_NAM) ngày 14/08/2025 còn gồm số liệu của Phường 2 (PHUONG_2), không thuộc Phường 1 (PHUONG_1).",
    );
    expect(byUnit.get("XA_LONG_BINH")).toMatchObject({
      computable: false,
      related: ["XA_TAN_LONG", "PHUONG_MY_QUOI"],
    });
    // Sóc Trăng's values are mixed with Cần Thơ's and Hậu Giang's in today's city.
    expect(byUnit.get("SOC_TRANG")?.computable).toBe(false);
  });

  it("flags a dissolved unit in the mapping without inventing a value", () => {
    const police = history
      .mappingBetween(REFORM, "2024-01-01")
      .targets.find((t) => t.unit === "NN_CONG_AN");
    expect(police).toMatchObject({ computable: false, related: [] });
    expect(police?.computable === false && police.reason).toMatch(
      /Công an thị xã Ngã Năm \(NN_CONG_AN\).*đã giải thể/,
    );
  });
});

describe("Ngã Năm: lineage, renames and chained events", () => {
  it("gives the predecessors of the merged ward and the successors of an old ward", () => {
    const ward = history.lineage("PHUONG_NGA_NAM");
    expect(ward.predecessors.map((f) => [f.from, f.kind, f.date, f.weight, f.eventId])).toEqual([
      ["PHUONG_1", "merge", REFORM, 1, "phuong-nga-nam"],
      ["PHUONG_2", "merge", REFORM, 1, "phuong-nga-nam"],
      ["PHUONG_3", "merge", REFORM, 1, "phuong-nga-nam"],
    ]);
    expect(ward.successors).toEqual([]);
    expect(history.lineage("PHUONG_2").successors.map((f) => f.to)).toEqual(["PHUONG_NGA_NAM"]);
    expect(history.lineage("XA_LONG_BINH").successors.map((f) => [f.to, f.weight])).toEqual([
      ["XA_TAN_LONG", 0.6],
      ["PHUONG_MY_QUOI", 0.4],
    ]);
  });

  it("keeps the surviving commune's code, its move to the province and its absorbed parts", () => {
    const tanLong = history.lineage("XA_TAN_LONG");
    expect(tanLong.parents).toEqual([
      { date: START, eventId: null, parent: "NGA_NAM" },
      { date: REFORM, eventId: "tan-long-up", parent: "CAN_THO" },
    ]);
    expect(tanLong.predecessors.map((f) => [f.from, f.kind])).toEqual([
      ["XA_MY_BINH", "merge"],
      ["XA_LONG_BINH", "split"],
    ]);
    expect(history.lineage("NGA_NAM").dissolved).toEqual({ date: REFORM, eventId: "nga-nam-end" });
  });

  it("follows a 2024 rename and a 2025 merge of the same code", () => {
    const renamed = buildUnitHistory(UNITS, [...EVENTS, RENAME_2024]);
    expect(renamed.treeAsOf("2023-12-31").get("XA_MY_BINH").nameVi).toBe("Xã Mỹ Bình");
    expect(renamed.treeAsOf("2024-01-01").get("XA_MY_BINH")).toMatchObject({
      nameVi: "Phường Mỹ Bình",
      nameEn: "My Binh Ward",
      parent: "NGA_NAM",
    });
    const lineage = renamed.lineage("XA_MY_BINH");
    expect(lineage.names.map((n) => [n.date, n.nameVi, n.eventId])).toEqual([
      [START, "Xã Mỹ Bình", null],
      ["2024-01-01", "Phường Mỹ Bình", "my-binh-phuong"],
    ]);
    expect(lineage.successors.map((f) => [f.to, f.date])).toEqual([["XA_TAN_LONG", REFORM]]);
    // The rename moves no values: 2023 data composes through it onto 2025 units unchanged.
    const across = remapValues(VALUES_2023, renamed.mappingBetween("2023-08-14", REFORM));
    expect(across.values.find((v) => v.unit === "XA_TAN_LONG")?.value).toBe(5903);
    const blocked = renamed
      .mappingBetween(REFORM, "2024-06-01")
      .targets.find((t) => t.unit === "XA_MY_BINH");
    expect(blocked?.computable === false && blocked.reason).toContain(
      "về đơn vị Phường Mỹ Bình (XA_MY_BINH) ngày 01/06/2024",
    );
  });
});

describe("Ngã Năm: validation of real-looking mistakes", () => {
  it("rejects a town dissolved while its bank branch still hangs under it", () => {
    const events = EVENTS.filter((e) => e.id !== "agribank-up");
    const [error, ...rest] = validateUnitHistory(UNITS, events);
    expect(rest).toEqual([]);
    expect(error?.code).toBe("units.parent_not_valid");
    expect(error?.message).toBe(
      "Đơn vị Ngân hàng Nông nghiệp và Phát triển nông thôn - Chi nhánh Ngã Năm (NN_AGRIBANK) trực thuộc Thị xã Ngã Năm (NGA_NAM) từ ngày 01/01/2000 đến nay, nhưng Thị xã Ngã Năm (NGA_NAM) có hiệu lực từ ngày 01/01/2000, hết hiệu lực từ ngày 01/07/2025; hãy ghi sự kiện chuyển đơn vị cấp trên.",
    );
  });

  it("rejects a town that ends without an event, naming it", () => {
    const events = EVENTS.filter((e) => e.id !== "nga-nam-end");
    expect(() => buildUnitHistory(UNITS, events)).toThrow(
      "Đơn vị Thị xã Ngã Năm (NGA_NAM) hết hiệu lực từ ngày 01/07/2025 nhưng không có sự kiện sáp nhập, chia tách hoặc giải thể nào vào ngày đó; hãy ghi sự kiện để biết số liệu cũ của đơn vị chuyển về đâu.",
    );
  });

  it("rejects a split whose weights do not sum to 1, naming the event and the unit", () => {
    const events = EVENTS.map((e) =>
      e.id === "long-binh" && e.kind === "split"
        ? {
            ...e,
            targets: [
              { unit: "XA_TAN_LONG", weight: 0.6 },
              { unit: "PHUONG_MY_QUOI", weight: 0.3 },
            ],
          }
        : e,
    );
    try {
      buildUnitHistory(UNITS, events);
      expect.unreachable();
    } catch (error) {
      expect(isBaocaoError(error, "units.split_weights")).toBe(true);
      expect((error as Error).message).toBe(
        'sự kiện chia tách "long-binh" ngày 01/07/2025: tổng tỷ lệ chia của đơn vị "XA_LONG_BINH" là 0.8999999999999999, phải bằng 1.',
      );
    }
  });
});
