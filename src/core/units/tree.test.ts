import { describe, expect, it } from "vitest";
import { isBaocaoError } from "../errors.ts";
import { buildUnitHistory, type OrgUnit, type UnitEvent } from "./index.ts";

function unit(
  code: string,
  kind: OrgUnit["kind"],
  parent: string | null,
  validTo: string | null = null,
): OrgUnit {
  return {
    code,
    nameVi: `Tên ${code}`,
    nameEn: `Name ${code}`,
    kind,
    parent,
    validFrom: "2010-01-01",
    validTo,
  };
}

const UNITS = [
  unit("P", "province", null),
  unit("Q", "province", null),
  unit("D", "district", "P"),
  unit("C1", "commune", "D"),
  unit("C2", "commune", "D"),
  unit("O", "agency", "C1"),
  unit("O2", "agency", "O"),
];
const EVENTS: UnitEvent[] = [
  {
    id: "ren",
    kind: "rename",
    date: "2020-05-01",
    unit: "C2",
    nameVi: "Phường C2",
    nameEn: "C2 Ward",
  },
  { id: "mv", kind: "move", date: "2021-01-01", unit: "C2", parent: "Q" },
];
const history = buildUnitHistory(UNITS, EVENTS);
const codes = (list: readonly { code: string }[]) => list.map((u) => u.code);

describe("treeAsOf", () => {
  it("lists descendants depth first and ancestors nearest first", () => {
    const tree = history.treeAsOf("2015-01-01");
    expect(codes(tree.descendants("P"))).toEqual(["D", "C1", "O", "O2", "C2"]);
    expect(codes(tree.ancestors("O2"))).toEqual(["O", "C1", "D", "P"]);
    expect(codes(tree.children("Q"))).toEqual([]);
    expect(codes(tree.roots())).toEqual(["P", "Q"]);
  });

  it("applies renames and moves from their date on, keeping the code", () => {
    expect(history.treeAsOf("2020-04-30").get("C2").nameVi).toBe("Tên C2");
    expect(history.treeAsOf("2020-05-01").get("C2")).toMatchObject({
      nameVi: "Phường C2",
      nameEn: "C2 Ward",
      parent: "D",
    });
    const after = history.treeAsOf("2021-01-01");
    expect(after.get("C2").parent).toBe("Q");
    expect(codes(after.children("D"))).toEqual(["C1"]);
    expect(codes(after.descendants("Q"))).toEqual(["C2"]);
  });

  it("is empty before the first unit exists", () => {
    expect(history.treeAsOf("2009-12-31").units).toEqual([]);
  });

  it("names the unit and the date when a code is unknown or not valid", () => {
    const tree = history.treeAsOf("2009-12-31");
    expect(() => tree.children("P")).toThrow(
      "Đơn vị Tên P (P) không có hiệu lực vào ngày 31/12/2009 (đơn vị có hiệu lực từ ngày 01/01/2010 đến nay).",
    );
    try {
      tree.get("NOPE");
      expect.unreachable();
    } catch (error) {
      expect(isBaocaoError(error, "units.unknown_unit")).toBe(true);
    }
  });

  it("returns frozen data", () => {
    const tree = history.treeAsOf("2015-01-01");
    expect(Object.isFrozen(tree)).toBe(true);
    expect(Object.isFrozen(tree.units)).toBe(true);
    expect(Object.isFrozen(tree.get("P"))).toBe(true);
  });
});
