import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.ts";
import { parseTemplate } from "../../src/report/index.ts";
import { PERTURBATIONS, perturb, rewriteNumbers, seeded } from "./perturb.ts";
import {
  extractReference,
  invertible,
  isTrue,
  PERIOD,
  REFERENCE_TEXT,
  type ReferenceTruth,
  referenceTruth,
  UNIT,
} from "./reference-truth.ts";

describe("a past report changed the way offices change it", () => {
  let truth: ReferenceTruth;
  beforeAll(async () => {
    truth = await referenceTruth();
  });
  afterAll(() => truth.store.close());

  it("still reads the rest when sentences are reordered, reworded, dropped, added, numbers rewritten — and invents nothing", () => {
    const clean = extractReference(truth, REFERENCE_TEXT);
    const random = seeded(7);
    for (let n = 0; n < 5; n++) {
      const copy = perturb(REFERENCE_TEXT, PERTURBATIONS, random);
      expect(copy.dropped).toHaveLength(1);
      expect(copy.text).not.toBe(REFERENCE_TEXT);
      const report = extractReference(truth, copy.text);
      const read = invertible(report);
      expect(read.filter((f) => !isTrue(truth, f)).map((f) => f.written)).toEqual([]);
      const droppedFigures = clean.found.filter((f) =>
        copy.dropped.some((d) => d.includes(f.sentence)),
      );
      for (const f of droppedFigures)
        expect(report.found.some((g) => g.figure.index === f.figure.index)).toBe(false);
      const present = invertible(clean).filter(
        (f) => !copy.dropped.some((d) => d.includes(f.sentence)),
      );
      expect(read.length / present.length).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("reads a sentence whose numbers are written another valid way", () => {
    const sentence =
      "- Công tác thu ngân sách: thu các nguồn trong chỉ tiêu đến ngày 30/8/2023 là 25 tỷ 465 triệu đồng, đạt 56,59% kế hoạch.";
    expect(rewriteNumbers("tổng vốn 121,224 tỷ đồng, gồm 03 dự án, sản lượng 96.549 tấn")).toBe(
      "tổng vốn 121 tỷ 224 triệu đồng, gồm 3 dự án, sản lượng 96549 tấn",
    );
    const report = extractReference(truth, rewriteNumbers(sentence));
    const budget = report.found.find((f) => f.figure.source === "ytd(budget_revenue)");
    expect(budget?.value).toBe(25_465);
    expect(report.found.find((f) => f.written === "56,59 %")?.value).toBe(56.59);
  });

  it("reports a malformed amount as not read rather than cutting it to its first part", () => {
    const text =
      "- Công tác thu ngân sách: thu các nguồn trong chỉ tiêu đến ngày 30/8/2023 là 25 tỷ 465.000.000 đồng, đạt 56,59% kế hoạch.";
    const report = extractReference(truth, text);
    expect(report.found.some((f) => f.figure.source === "ytd(budget_revenue)")).toBe(false);
    expect(report.missing.find((m) => m.figure.source === "ytd(budget_revenue)")?.reason).toMatch(
      /không đọc được thành số/,
    );
  });
});

describe("a number that reads two ways", () => {
  it("is reported with its two readings, not guessed, when the format does not settle it", async () => {
    const truth = await referenceTruth();
    try {
      const template = parseTemplate(
        "Thu ngân sách đến nay là {{ ytd(budget_revenue) | money:ty }} đồng, chi thường xuyên ổn định.",
      );
      const report = extractReport({
        template,
        text: "Thu ngân sách đến nay là 1,250 tỷ đồng, chi thường xuyên ổn định.",
        file: "x.txt",
        unit: UNIT,
        period: PERIOD,
        catalogue: truth.engine.catalogue,
      });
      expect(report.found).toEqual([]);
      expect(report.missing.map((m) => m.reason)).toEqual([
        "“1,250 tỷ” hiểu được hai cách (1250000000 hoặc 1250000000000) và định dạng money:ty không phân định được",
      ]);
    } finally {
      await truth.store.close();
    }
  });
});
