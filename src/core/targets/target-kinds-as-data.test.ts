import { describe, expect, it } from "vitest";
import { defineTargetKinds } from "./define-target-kinds.ts";
import { defineTargets } from "./define-targets.ts";
import { isTargetKind, SEED_TARGET_KINDS, targetKindInfo } from "./target-kind.ts";

const duToan = {
  code: "du_toan_hdnd",
  nameVi: "Dự toán HĐND xã giao",
  nameEn: "Budget estimate set by the commune council",
  phraseVi: "dự toán HĐND xã giao",
};

describe("target kinds as data", () => {
  const kinds = defineTargetKinds([...SEED_TARGET_KINDS, duToan]);

  it("takes a new kind beside the seeded four", () => {
    expect(kinds.map((k) => k.code)).toEqual([
      "plan",
      "assigned",
      "resolution",
      "commitment",
      "du_toan_hdnd",
    ]);
    expect(isTargetKind("du_toan_hdnd", kinds)).toBe(true);
    expect(isTargetKind("du_toan_hdnd")).toBe(false);
    expect(targetKindInfo("du_toan_hdnd", kinds).phraseVi).toBe("dự toán HĐND xã giao");
  });

  it("checks targets against the kinds given", () => {
    const target = { indicator: "x", reportingUnit: "NN", year: 2023, value: 1 };
    expect(defineTargets([{ ...target, kind: "du_toan_hdnd" }], undefined, kinds)).toHaveLength(1);
    expect(() => defineTargets([{ ...target, kind: "du_toan_hdnd" }])).toThrow(
      /Loại chỉ tiêu "du_toan_hdnd" không có/,
    );
  });

  it("refuses a bad code, a missing name and a code twice, with their paths", () => {
    try {
      defineTargetKinds([{ ...duToan, code: "Dự toán" }, { ...duToan, phraseVi: " " }, duToan]);
      expect.unreachable();
    } catch (error) {
      const { problems } = (error as { details: { problems: { path: string }[] } }).details;
      expect(problems.map((p) => p.path)).toEqual([
        "targetKinds[0].code",
        "targetKinds[1].phraseVi",
        "targetKinds[2].code",
      ]);
    }
  });
});
