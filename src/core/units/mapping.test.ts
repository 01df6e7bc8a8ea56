import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { buildUnitHistory, type OrgUnit, remapValues, type UnitEvent } from "./index.ts";

function commune(code: string, validFrom: string, validTo: string | null): OrgUnit {
  return {
    code,
    nameVi: `Xã ${code}`,
    nameEn: `${code} Commune`,
    kind: "commune",
    parent: "P",
    validFrom,
    validTo,
  };
}

// A splits in 2024 (half to new A2, half absorbed by C); A2 and D merge into new E in January
// 2025; E splits 1/4 – 3/4 into F and G in June 2025; H is dissolved in 2025.
const UNITS: OrgUnit[] = [
  {
    code: "P",
    nameVi: "Tỉnh P",
    nameEn: "P Province",
    kind: "province",
    parent: null,
    validFrom: "2000-01-01",
    validTo: null,
  },
  commune("A", "2000-01-01", "2024-01-01"),
  commune("B", "2000-01-01", null),
  commune("C", "2000-01-01", null),
  commune("D", "2000-01-01", "2025-01-01"),
  commune("H", "2000-01-01", "2025-03-01"),
  commune("A2", "2024-01-01", "2025-01-01"),
  commune("E", "2025-01-01", "2025-06-01"),
  commune("F", "2025-06-01", null),
  commune("G", "2025-06-01", null),
];
const EVENTS: UnitEvent[] = [
  {
    id: "split-a",
    kind: "split",
    date: "2024-01-01",
    source: "A",
    targets: [
      { unit: "A2", weight: 0.5 },
      { unit: "C", weight: 0.5 },
    ],
  },
  { id: "merge-e", kind: "merge", date: "2025-01-01", sources: ["A2", "D"], target: "E" },
  { id: "end-h", kind: "dissolve", date: "2025-03-01", unit: "H" },
  {
    id: "split-e",
    kind: "split",
    date: "2025-06-01",
    source: "E",
    targets: [
      { unit: "F", weight: 0.25 },
      { unit: "G", weight: 0.75 },
    ],
  },
];
const history = buildUnitHistory(UNITS, EVENTS);
const VALUES_2023 = [
  { unit: "A", value: 100 },
  { unit: "B", value: 10 },
  { unit: "C", value: 20 },
  { unit: "D", value: 40 },
  { unit: "H", value: 5 },
];

describe("forward mapping across chained events", () => {
  const mapping = history.mappingBetween("2023-06-30", "2025-07-01");

  it("composes a split, a merge and a second split", () => {
    expect(mapping.direction).toBe("forward");
    expect(mapping.sourceUnits).toEqual(["P", "A", "B", "C", "D", "H"]);
    expect(mapping.targets.map((t) => [t.unit, t.computable && t.sources])).toEqual([
      ["P", [{ unit: "P", weight: 1 }]],
      ["B", [{ unit: "B", weight: 1 }]],
      [
        "C",
        [
          { unit: "A", weight: 0.5 },
          { unit: "C", weight: 1 },
        ],
      ],
      [
        "F",
        [
          { unit: "A", weight: 0.125 },
          { unit: "D", weight: 0.25 },
        ],
      ],
      [
        "G",
        [
          { unit: "A", weight: 0.375 },
          { unit: "D", weight: 0.75 },
        ],
      ],
    ]);
    expect(mapping.unmapped).toEqual([{ unit: "H", weight: 1 }]);
  });

  it("remaps values with their contributions and keeps the total", () => {
    const result = remapValues(VALUES_2023, mapping);
    expect(result.values).toEqual([
      {
        unit: "B",
        computable: true,
        value: 10,
        contributions: [{ from: "B", weight: 1, value: 10 }],
        missing: [],
        notCarried: [],
      },
      {
        unit: "C",
        computable: true,
        value: 70,
        contributions: [
          { from: "A", weight: 0.5, value: 50 },
          { from: "C", weight: 1, value: 20 },
        ],
        missing: [],
        notCarried: [],
      },
      {
        unit: "F",
        computable: true,
        value: 22.5,
        contributions: [
          { from: "A", weight: 0.125, value: 12.5 },
          { from: "D", weight: 0.25, value: 10 },
        ],
        missing: [],
        notCarried: [],
      },
      {
        unit: "G",
        computable: true,
        value: 67.5,
        contributions: [
          { from: "A", weight: 0.375, value: 37.5 },
          { from: "D", weight: 0.75, value: 30 },
        ],
        missing: [],
        notCarried: [],
      },
    ]);
    expect(result.unmapped).toEqual([{ from: "H", weight: 1, value: 5 }]);
  });

  it("reports sources that gave no value", () => {
    const result = remapValues([{ unit: "A", value: 100 }], mapping);
    expect(result.values.find((v) => v.unit === "F")).toMatchObject({
      value: 12.5,
      missing: ["D"],
    });
  });

  it("treats an event dated on the start date as already in effect", () => {
    const fromSplit = history.mappingBetween("2024-01-01", "2025-02-01");
    expect(fromSplit.sourceUnits).toEqual(["P", "B", "C", "D", "H", "A2"]);
    expect(fromSplit.targets.find((t) => t.unit === "E")).toMatchObject({
      sources: [
        { unit: "D", weight: 1 },
        { unit: "A2", weight: 1 },
      ],
    });
  });

  it("is the identity on one date", () => {
    const same = history.mappingBetween("2024-06-01", "2024-06-01");
    expect(
      same.targets.every(
        (t) => t.computable && t.sources.length === 1 && t.sources[0]?.unit === t.unit,
      ),
    ).toBe(true);
  });
});

describe("backward mapping", () => {
  const mapping = history.mappingBetween("2025-07-01", "2023-06-30");
  const result = remapValues(
    [
      { unit: "B", value: 11 },
      { unit: "C", value: 75 },
      { unit: "F", value: 20 },
      { unit: "G", value: 70 },
    ],
    mapping,
  );

  it("rebuilds the province and the untouched commune, flags the rest", () => {
    expect(mapping.direction).toBe("backward");
    expect(result.values.map((v) => [v.unit, v.value])).toEqual([
      ["P", 176],
      ["A", null],
      ["B", 11],
      ["C", null],
      ["D", null],
    ]);
    expect(result.values[0]).toMatchObject({ notCarried: ["H"], missing: ["P"] });
    expect(result.values[1]).toMatchObject({ computable: false, related: ["C", "F", "G"] });
  });

  it("names the mixed unit in the reason", () => {
    const a = result.values.find((v) => v.unit === "A");
    expect(a?.computable === false && a.reason).toBe(
      "Không thể tách ngược số liệu về đơn vị Xã A (A) ngày 30/06/2023: đơn vị Xã C (C) ngày 01/07/2025 còn gồm số liệu của Xã C (C), không thuộc Xã A (A).",
    );
  });
});

describe("backward mapping after a partial loss", () => {
  it("flags a unit whose split part was later dissolved instead of returning a fraction", () => {
    const units: OrgUnit[] = [
      UNITS[0] as OrgUnit,
      commune("K", "2000-01-01", "2010-01-01"),
      commune("K1", "2010-01-01", null),
      commune("K2", "2010-01-01", "2012-01-01"),
    ];
    const events: UnitEvent[] = [
      {
        id: "split-k",
        kind: "split",
        date: "2010-01-01",
        source: "K",
        targets: [
          { unit: "K1", weight: 0.7 },
          { unit: "K2", weight: 0.3 },
        ],
      },
      { id: "end-k2", kind: "dissolve", date: "2012-01-01", unit: "K2" },
    ];
    const partial = buildUnitHistory(units, events);
    expect(partial.mappingBetween("2005-01-01", "2015-01-01").unmapped).toEqual([
      { unit: "K", weight: 0.3 },
    ]);
    const k = partial
      .mappingBetween("2015-01-01", "2005-01-01")
      .targets.find((t) => t.unit === "K");
    expect(k).toMatchObject({ computable: false, related: ["K1"] });
    expect(k?.computable === false && k.reason).toBe(
      "Không thể tách ngược số liệu về đơn vị Xã K (K) ngày 01/01/2005: một phần số liệu của Xã K (K) đã chuyển sang một đơn vị về sau bị giải thể, nên không tính lại được toàn bộ.",
    );
  });
});

describe("remapValues input checks", () => {
  const mapping = history.mappingBetween("2023-06-30", "2025-07-01");

  it("rejects values of units not valid on the start date", () => {
    expect(() => remapValues([{ unit: "F", value: 1 }], mapping)).toThrow(
      'Số liệu của đơn vị "F" không dùng được: đơn vị này không có hiệu lực vào ngày 30/06/2023.',
    );
  });

  it("rejects two values for one unit and non-numbers", () => {
    const twice = () =>
      remapValues(
        [
          { unit: "A", value: 1 },
          { unit: "A", value: 2 },
        ],
        mapping,
      );
    expect(twice).toThrow(/hai số liệu/);
    try {
      remapValues([{ unit: "A", value: Number.NaN }], mapping);
      expect.unreachable();
    } catch (error) {
      expect(isBaocaoError(error, "units.invalid_value")).toBe(true);
    }
  });

  it("rejects a malformed date", () => {
    expect(() => history.mappingBetween("2023-13-01", "2025-07-01")).toThrow(
      /"2023-13-01" không phải ngày hợp lệ/,
    );
  });
});

describe("lineage across several dates", () => {
  it("follows successors onward in time only", () => {
    expect(history.lineage("A").successors.map((f) => [f.from, f.to, f.date, f.weight])).toEqual([
      ["A", "A2", "2024-01-01", 0.5],
      ["A", "C", "2024-01-01", 0.5],
      ["A2", "E", "2025-01-01", 1],
      ["E", "F", "2025-06-01", 0.25],
      ["E", "G", "2025-06-01", 0.75],
    ]);
    expect(history.lineage("F").predecessors.map((f) => [f.from, f.to])).toEqual([
      ["A", "A2"],
      ["A2", "E"],
      ["D", "E"],
      ["E", "F"],
    ]);
    // C absorbed half of A in 2024 but is not a successor of anything C itself was before.
    expect(history.lineage("C").predecessors.map((f) => f.from)).toEqual(["A"]);
    expect(history.lineage("C").successors).toEqual([]);
    expect(history.lineage("H").dissolved).toEqual({ date: "2025-03-01", eventId: "end-h" });
  });

  it("rejects an unknown code", () => {
    expect(() => history.lineage("ZZ")).toThrow('Không có đơn vị nào mang mã "ZZ".');
  });
});
