import { describe, expect, it } from "vitest";
import { BaocaoError } from "../errors.ts";
import { buildUnitHistory, type OrgUnit, type UnitEvent, validateUnitHistory } from "./index.ts";

const P: OrgUnit = {
  code: "P",
  nameVi: "Tỉnh P",
  nameEn: "P Province",
  kind: "province",
  parent: null,
  validFrom: "2000-01-01",
  validTo: null,
};
const D: OrgUnit = {
  code: "D",
  nameVi: "Huyện D",
  nameEn: "D District",
  kind: "district",
  parent: "P",
  validFrom: "2000-01-01",
  validTo: null,
};
const A: OrgUnit = {
  code: "A",
  nameVi: "Xã A",
  nameEn: "A Commune",
  kind: "commune",
  parent: "D",
  validFrom: "2000-01-01",
  validTo: "2020-01-01",
};
const B: OrgUnit = {
  code: "B",
  nameVi: "Xã B",
  nameEn: "B Commune",
  kind: "commune",
  parent: "D",
  validFrom: "2000-01-01",
  validTo: null,
};
const X: OrgUnit = {
  code: "X",
  nameVi: "Phòng X",
  nameEn: "Office X",
  kind: "agency",
  parent: "D",
  validFrom: "2000-01-01",
  validTo: null,
};
const Y: OrgUnit = {
  code: "Y",
  nameVi: "Tổ Y",
  nameEn: "Team Y",
  kind: "agency",
  parent: "X",
  validFrom: "2000-01-01",
  validTo: null,
};
const UNITS = [P, D, A, B, X, Y];
const MERGE: UnitEvent = {
  id: "m1",
  kind: "merge",
  date: "2020-01-01",
  sources: ["A", "B"],
  target: "B",
};

function problems(units: readonly OrgUnit[], events: readonly UnitEvent[]) {
  return validateUnitHistory(units, events).map((e) => [e.code, e.message]);
}

describe("validateUnitHistory", () => {
  it("accepts a sound history", () => {
    expect(validateUnitHistory(UNITS, [MERGE])).toEqual([]);
  });

  it("rejects impossible dates, reversed intervals and unknown kinds", () => {
    const units = [
      P,
      { ...B, validFrom: "2025-02-29" },
      { ...A, validTo: "1999-12-31" },
      { ...X, kind: "bank" as OrgUnit["kind"] },
      Y,
      D,
    ];
    expect(problems(units, [MERGE])).toEqual([
      [
        "units.invalid_date",
        'Đơn vị Xã B (B): ngày bắt đầu hiệu lực "2025-02-29" không phải ngày hợp lệ dạng năm-tháng-ngày (YYYY-MM-DD).',
      ],
      [
        "units.invalid_interval",
        "Đơn vị Xã A (A): ngày hết hiệu lực 31/12/1999 phải sau ngày bắt đầu hiệu lực 01/01/2000.",
      ],
      [
        "units.invalid_kind",
        'Đơn vị Phòng X (X) có loại "bank" không hợp lệ; loại phải là tỉnh (province), cấp huyện (district), cấp xã (commune) hoặc cơ quan (agency).',
      ],
    ]);
  });

  it("rejects a code used twice, telling overlap from reuse", () => {
    const overlap = { ...B, nameVi: "Xã B mới", validFrom: "2010-01-01" };
    const reuse = { ...A, nameVi: "Xã A mới", validFrom: "2021-01-01", validTo: null };
    expect(problems([...UNITS, overlap, reuse], [MERGE]).map(([code]) => code)).toEqual([
      "units.overlapping_validity",
      "units.duplicate_code",
    ]);
    expect(problems([...UNITS, overlap], [MERGE])[0]?.[1]).toBe(
      'Mã đơn vị "B" có hai khoảng hiệu lực chồng lên nhau: Xã B có hiệu lực từ ngày 01/01/2000 đến nay và Xã B mới có hiệu lực từ ngày 01/01/2010 đến nay.',
    );
  });

  it("rejects unknown codes in parents and in events", () => {
    const events: UnitEvent[] = [
      MERGE,
      { id: "r1", kind: "rename", date: "2010-01-01", unit: "Z", nameVi: "Xã Z", nameEn: "Z" },
    ];
    expect(problems([...UNITS, { ...B, code: "C", parent: "Q" }], events)).toEqual([
      [
        "units.unknown_parent",
        'Đơn vị Xã B (C) ghi đơn vị cấp trên "Q" nhưng không có đơn vị nào mang mã này.',
      ],
      [
        "units.unknown_unit",
        'sự kiện đổi tên "r1" ngày 01/01/2010: không có đơn vị nào mang mã "Z".',
      ],
    ]);
  });

  it("rejects repeated event ids, empty merges and bad split weights", () => {
    const events: UnitEvent[] = [
      MERGE,
      { id: "m1", kind: "merge", date: "2015-01-01", sources: [], target: "B" },
      {
        id: "s1",
        kind: "split",
        date: "2015-01-01",
        source: "B",
        targets: [{ unit: "B", weight: 1.5 }],
      },
      {
        id: "s2",
        kind: "split",
        date: "2016-01-01",
        source: "B",
        targets: [
          { unit: "B", weight: 0.5 },
          { unit: "A", weight: 0.25 },
        ],
      },
    ];
    expect(problems(UNITS, events)).toEqual([
      [
        "units.duplicate_event",
        'Mã sự kiện "m1" được dùng cho hai sự kiện; mỗi sự kiện cần một mã riêng.',
      ],
      [
        "units.invalid_event",
        'sự kiện sáp nhập "m1" ngày 01/01/2015: chưa ghi đơn vị nào được sáp nhập.',
      ],
      [
        "units.invalid_weight",
        'sự kiện chia tách "s1" ngày 01/01/2015: tỷ lệ chia phải lớn hơn 0 và không quá 1 ("B": 1.5).',
      ],
      [
        "units.split_weights",
        'sự kiện chia tách "s2" ngày 01/01/2016: tổng tỷ lệ chia của đơn vị "B" là 0.75, phải bằng 1.',
      ],
    ]);
  });

  it("rejects events on units that are not valid on their date", () => {
    const events: UnitEvent[] = [
      MERGE,
      { id: "r1", kind: "rename", date: "2021-05-01", unit: "A", nameVi: "Xã A2", nameEn: "A2" },
    ];
    expect(problems(UNITS, events)).toEqual([
      [
        "units.event_unit_not_valid",
        'sự kiện đổi tên "r1" ngày 01/05/2021: đơn vị Xã A (A) không có hiệu lực vào ngày đó (đơn vị có hiệu lực từ ngày 01/01/2000, hết hiệu lực từ ngày 01/01/2020).',
      ],
    ]);
    const early = { ...B, code: "N", nameVi: "Xã N", validFrom: "2021-01-01" };
    const intoLater: UnitEvent = {
      id: "m1",
      kind: "merge",
      date: "2020-01-01",
      sources: ["A"],
      target: "N",
    };
    expect(problems([...UNITS, early], [intoLater])).toEqual([
      [
        "units.event_unit_not_valid",
        'sự kiện sáp nhập "m1" ngày 01/01/2020: đơn vị Xã N (N) không có hiệu lực vào ngày đó (đơn vị có hiệu lực từ ngày 01/01/2021 đến nay).',
      ],
    ]);
  });

  it("rejects a merged source that stays valid, and a unit that ends without an event", () => {
    const merge: UnitEvent = {
      id: "m2",
      kind: "merge",
      date: "2020-01-01",
      sources: ["A", "B"],
      target: "A",
    };
    expect(problems(UNITS, [merge])).toEqual([
      [
        "units.event_validity_mismatch",
        'sự kiện sáp nhập "m2" ngày 01/01/2020: đơn vị Xã B (B) không còn sau sự kiện nên phải hết hiệu lực từ ngày 01/01/2020, nhưng dữ liệu ghi đơn vị vẫn còn hiệu lực.',
      ],
      [
        "units.event_unit_not_valid",
        'sự kiện sáp nhập "m2" ngày 01/01/2020: đơn vị Xã A (A) không có hiệu lực vào ngày đó (đơn vị có hiệu lực từ ngày 01/01/2000, hết hiệu lực từ ngày 01/01/2020).',
      ],
    ]);
    expect(problems(UNITS, [])).toEqual([
      [
        "units.end_without_event",
        "Đơn vị Xã A (A) hết hiệu lực từ ngày 01/01/2020 nhưng không có sự kiện sáp nhập, chia tách hoặc giải thể nào vào ngày đó; hãy ghi sự kiện để biết số liệu cũ của đơn vị chuyển về đâu.",
      ],
    ]);
  });

  it("rejects two merges or splits of one unit on the same date", () => {
    const dissolve: UnitEvent = { id: "g1", kind: "dissolve", date: "2020-01-01", unit: "A" };
    expect(problems(UNITS, [MERGE, dissolve])).toEqual([
      [
        "units.conflicting_events",
        'Đơn vị Xã A (A) có hai sự kiện cùng loại trong cùng ngày 01/01/2020: sự kiện sáp nhập "m1" ngày 01/01/2020 và sự kiện giải thể "g1" ngày 01/01/2020; hãy gộp lại thành một.',
      ],
    ]);
  });

  it("rejects parents of the wrong level and parents that are no longer valid", () => {
    const units = [
      P,
      D,
      A,
      B,
      X,
      Y,
      { ...D, code: "D2", nameVi: "Huyện D2", parent: "B" },
      { ...B, code: "C", nameVi: "Xã C", parent: null },
    ];
    expect(problems(units, [MERGE])).toEqual([
      [
        "units.invalid_parent_kind",
        "Đơn vị cấp huyện Huyện D2 (D2) không thể trực thuộc đơn vị cấp xã Xã B (B).",
      ],
      [
        "units.invalid_parent_kind",
        "Đơn vị cấp xã Xã C (C) phải có đơn vị cấp trên (từ ngày 01/01/2000).",
      ],
    ]);
    const underA = { ...X, code: "X2", nameVi: "Tổ X2", parent: "A" };
    expect(problems([...UNITS, underA], [MERGE])).toEqual([
      [
        "units.parent_not_valid",
        "Đơn vị Tổ X2 (X2) trực thuộc Xã A (A) từ ngày 01/01/2000 đến nay, nhưng Xã A (A) có hiệu lực từ ngày 01/01/2000, hết hiệu lực từ ngày 01/01/2020; hãy ghi sự kiện chuyển đơn vị cấp trên.",
      ],
    ]);
  });

  it("lets a commune stand as the root of an installation that holds no province", () => {
    const alone = { ...B, parent: null };
    const office = { ...X, code: "X3", parent: "B" };
    expect(problems([alone, office], [])).toEqual([]);
    expect(problems([P, alone], [])).toEqual([
      [
        "units.invalid_parent_kind",
        "Đơn vị cấp xã Xã B (B) phải có đơn vị cấp trên (từ ngày 01/01/2000).",
      ],
    ]);
  });

  it("finds a cycle created by a move", () => {
    const move: UnitEvent = { id: "mv1", kind: "move", date: "2018-03-01", unit: "X", parent: "Y" };
    expect(problems(UNITS, [MERGE, move])).toEqual([
      [
        "units.parent_cycle",
        "Quan hệ cấp trên bị vòng lặp vào ngày 01/03/2018: Phòng X (X) → Tổ Y (Y) → Phòng X (X).",
      ],
    ]);
  });
});

describe("buildUnitHistory", () => {
  it("throws the first problem and lists all of them in the details", () => {
    const events: UnitEvent[] = [
      { id: "r1", kind: "rename", date: "2010-01-01", unit: "Z", nameVi: "Z", nameEn: "Z" },
    ];
    try {
      buildUnitHistory([...UNITS, { ...B, code: "C", parent: "Q" }], events);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BaocaoError);
      const problem = error as BaocaoError;
      expect(problem.code).toBe("units.unknown_parent");
      expect(problem.details).toMatchObject({ unit: "C", parent: "Q" });
      expect((problem.details.problems as unknown[]).length).toBe(2);
    }
  });

  it("keeps its own frozen copy of the data", () => {
    const units = UNITS.map((u) => ({ ...u }));
    const history = buildUnitHistory(units, [MERGE]);
    units[3] = { ...B, nameVi: "đã sửa" };
    expect(history.treeAsOf("2021-01-01").get("B").nameVi).toBe("Xã B");
    expect(Object.isFrozen(history.units)).toBe(true);
    expect(Object.isFrozen(history.events[0])).toBe(true);
    expect(() => history.treeAsOf("01/07/2025")).toThrow(/không phải ngày hợp lệ/);
  });
});
