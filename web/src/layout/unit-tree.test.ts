import { describe, expect, it } from "vitest";
import type { UnitView } from "../api/contract.ts";
import { buildUnitTree, subtreesOf } from "./unit-tree.ts";

const unit = (code: string, parent: string | null): UnitView => ({
  code,
  nameVi: code,
  nameEn: code,
  kind: "commune",
  parent,
  validFrom: "2004-01-01",
  validTo: null,
});

describe("unit tree", () => {
  const units = [
    unit("PHUONG_1", "NGA_NAM"),
    unit("SOC_TRANG", null),
    unit("NGA_NAM", "SOC_TRANG"),
    unit("CAN_THO", null),
  ];

  it("nests units under their parents, whatever the order", () => {
    const roots = buildUnitTree(units);
    expect(roots.map((r) => r.key)).toEqual(["SOC_TRANG", "CAN_THO"]);
    expect(roots[0]?.children[0]?.children[0]?.key).toBe("PHUONG_1");
  });

  it("keeps the subtrees a user is granted", () => {
    const roots = buildUnitTree(units);
    expect(subtreesOf(roots, ["PHUONG_1"]).map((n) => n.key)).toEqual(["PHUONG_1"]);
    expect(subtreesOf(roots, ["UNKNOWN"]).map((n) => n.key)).toEqual(["SOC_TRANG", "CAN_THO"]);
  });
});
