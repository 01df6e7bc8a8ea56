import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  type Action,
  actionsOn,
  allowsAnywhere,
  type Grant,
  isRole,
  permits,
  ROLES,
  readableRoots,
  rootsByAction,
  rootsFor,
} from "./index.ts";

// SOC_TRANG ─ NGA_NAM ─┬─ PHUONG_1
//                      └─ XA_TAN_LONG
const PARENT: Readonly<Record<string, string>> = {
  NGA_NAM: "SOC_TRANG",
  PHUONG_1: "NGA_NAM",
  XA_TAN_LONG: "NGA_NAM",
};
const ancestorsOf = (unit: string): string[] => {
  const out: string[] = [];
  for (let u = PARENT[unit]; u !== undefined; u = PARENT[u]) out.push(u);
  return out;
};

describe("permits", () => {
  it("denies everything without grants", () => {
    for (const action of ACTIONS) expect(permits([], action, "NGA_NAM", ancestorsOf)).toBe(false);
  });

  it("follows the role table on the granted unit", () => {
    const table: Record<string, readonly Action[]> = {
      admin: ACTIONS,
      office: [
        "data.read",
        "value.write",
        "report.edit",
        "task.update",
        "submission.submit",
        "submission.approve",
      ],
      reporter: ["data.read", "value.write", "task.update", "submission.submit"],
      approver: ["data.read", "report.edit", "report.issue", "submission.approve"],
      viewer: ["data.read"],
    };
    for (const role of ROLES) {
      const grants: Grant[] = [{ role, unit: "NGA_NAM" }];
      const allowed = ACTIONS.filter((a) => permits(grants, a, "NGA_NAM", ancestorsOf));
      expect(allowed, role).toEqual(table[role]);
    }
  });

  it("reaches down the subtree, never up or sideways", () => {
    const reporter: Grant[] = [{ role: "reporter", unit: "PHUONG_1" }];
    expect(permits(reporter, "value.write", "PHUONG_1", ancestorsOf)).toBe(true);
    expect(permits(reporter, "value.write", "XA_TAN_LONG", ancestorsOf)).toBe(false);
    expect(permits(reporter, "data.read", "NGA_NAM", ancestorsOf)).toBe(false);
    const office: Grant[] = [{ role: "office", unit: "NGA_NAM" }];
    expect(permits(office, "value.write", "XA_TAN_LONG", ancestorsOf)).toBe(true);
    expect(permits(office, "value.write", "SOC_TRANG", ancestorsOf)).toBe(false);
  });

  it("denies units it does not know, even for an admin elsewhere", () => {
    const admin: Grant[] = [{ role: "admin", unit: "NGA_NAM" }];
    expect(permits(admin, "data.read", "NOWHERE", ancestorsOf)).toBe(false);
  });

  it("combines grants: a viewer of the town who reports for one ward", () => {
    const grants: Grant[] = [
      { role: "viewer", unit: "NGA_NAM" },
      { role: "reporter", unit: "PHUONG_1" },
    ];
    expect(permits(grants, "data.read", "XA_TAN_LONG", ancestorsOf)).toBe(true);
    expect(permits(grants, "value.write", "XA_TAN_LONG", ancestorsOf)).toBe(false);
    expect(permits(grants, "value.write", "PHUONG_1", ancestorsOf)).toBe(true);
    expect(actionsOn(grants, "PHUONG_1", ancestorsOf)).toEqual([
      "data.read",
      "value.write",
      "task.update",
      "submission.submit",
    ]);
    expect(actionsOn(grants, "SOC_TRANG", ancestorsOf)).toEqual([]);
  });

  it("accepts an ancestor list that includes the unit itself", () => {
    const withSelf = (u: string) => [u, ...ancestorsOf(u)];
    expect(permits([{ role: "viewer", unit: "NGA_NAM" }], "data.read", "PHUONG_1", withSelf)).toBe(
      true,
    );
  });
});

describe("roots", () => {
  const grants: Grant[] = [
    { role: "viewer", unit: "NGA_NAM" },
    { role: "reporter", unit: "PHUONG_1" },
    { role: "reporter", unit: "XA_TAN_LONG" },
  ];

  it("lists the granted units per action, nested ones left out when the tree is known", () => {
    expect(readableRoots(grants)).toEqual(["NGA_NAM", "PHUONG_1", "XA_TAN_LONG"]);
    expect(readableRoots(grants, ancestorsOf)).toEqual(["NGA_NAM"]);
    expect(rootsFor(grants, "value.write", ancestorsOf)).toEqual(["PHUONG_1", "XA_TAN_LONG"]);
    expect(rootsFor(grants, "report.issue", ancestorsOf)).toEqual([]);
    const byAction = rootsByAction(grants, ancestorsOf);
    expect(Object.keys(byAction)).toEqual([...ACTIONS]);
    expect(byAction["task.update"]).toEqual(["PHUONG_1", "XA_TAN_LONG"]);
  });

  it("tells whether an action is allowed anywhere", () => {
    expect(allowsAnywhere(grants, "value.write")).toBe(true);
    expect(allowsAnywhere(grants, "user.manage")).toBe(false);
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
