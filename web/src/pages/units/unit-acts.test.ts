import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { actRequest, type VersionedUnit } from "./unit-acts.ts";

const unit = (code: string, version: string): VersionedUnit => ({
  code,
  nameVi: code,
  nameEn: code,
  kind: "commune",
  parent: "CAN_THO",
  validFrom: "2025-07-01",
  validTo: null,
  version,
});
const units = [unit("A", "va"), unit("B", "vb"), unit("CAN_THO", "vc")];
const [a] = units as [VersionedUnit];

describe("the act sent from a units form", () => {
  it("names the version of every existing unit of a merge, none of a new target", () => {
    const request = actRequest(
      "merge",
      a,
      {
        date: dayjs("2026-07-01"),
        basis: "  NQ 1  ",
        sources: ["A", "B"],
        targetMode: "new",
        code: "AB",
        nameVi: "Phường AB",
      },
      units,
    );
    expect(request).toMatchObject({
      act: "merge",
      date: "2026-07-01",
      basis: "NQ 1",
      sources: ["A", "B"],
      target: "AB",
      newUnits: [{ code: "AB", nameVi: "Phường AB", nameEn: "Phường AB", parent: "CAN_THO" }],
      versions: { A: "va", B: "vb" },
    });
  });

  it("sends a split's shares as typed, new units with the source's kind and parent", () => {
    const request = actRequest(
      "split",
      a,
      {
        date: dayjs("2026-07-01"),
        targets: [
          { mode: "existing", unit: "A", weight: 0.6 },
          { mode: "new", code: "A2", nameVi: "Xã A2", weight: 0.3 },
        ],
      },
      units,
    );
    expect(request).toMatchObject({
      act: "split",
      source: "A",
      targets: [
        { unit: "A", weight: 0.6 },
        { unit: "A2", weight: 0.3 },
      ],
      newUnits: [{ code: "A2", kind: "commune", parent: "CAN_THO" }],
      versions: { A: "va" },
    });
  });
});
