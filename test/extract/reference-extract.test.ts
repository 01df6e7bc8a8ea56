import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assembleValues,
  checkFigures,
  type ExtractedReport,
  neededKnownValues,
} from "../../src/extract/index.ts";
import { formatFigure, parseFigureFormat } from "../../src/report/index.ts";
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

describe("the reference report read back against its own template", () => {
  let truth: ReferenceTruth;
  let report: ExtractedReport;
  beforeAll(async () => {
    truth = await referenceTruth();
    report = extractReference(truth, REFERENCE_TEXT, "bao-cao-thang-8-2023.txt");
  });
  afterAll(() => truth.store.close());

  it("places every figure of the template but the one written two ways", () => {
    expect(truth.composed).toHaveLength(report.found.length + report.missing.length);
    expect(report.missing.map((m) => [m.figure.source, m.reason])).toEqual([
      ["social_allowance_paid", "“2 tỷ 9” hiểu được hai cách (cách nói “2 tỷ 9”), không đoán"],
    ]);
  });

  it("reads every invertible figure equal to the dataset's value", () => {
    const values = invertible(report);
    expect(values.length).toBeGreaterThanOrEqual(120);
    expect(values.filter((f) => !isTrue(truth, f)).map((f) => f.figure.source)).toEqual([]);
  });

  it("reads the report's own irregular writings by the template's format, never by guess", () => {
    const byWritten = new Map(report.found.map((f) => [f.written, f]));
    // "458,921 triệu" (a comma for thousands) under money:trieu:0 can only be 458.921 triệu đồng.
    expect(byWritten.get("458,921 triệu")?.value).toBe(458_921);
    expect(byWritten.get("458,921 triệu")?.notes).toContain("settled_by_format");
    // "96.549" under number:0 is 96549 tấn; "5,219" under number:3 is 5,219 tấn/ha.
    expect(byWritten.get("96.549")?.value).toBe(96_549);
    expect(byWritten.get("5,219")?.value).toBe(5.219);
    expect(byWritten.get("101.10%")?.value).toBe(101.1);
  });

  it("gives each value its unit, period, option and a note naming the file and the sentence", () => {
    const { values, targets } = assembleValues([report]);
    const loans = values.find(
      (v) => v.indicator === "credit_outstanding" && v.unit === "NN_AGRIBANK",
    );
    expect(loans).toMatchObject({ period: PERIOD, disaggregation: "", value: 767_520 });
    expect(loans?.note).toMatch(
      /^Trích từ bao-cao-thang-8-2023\.txt: “.*tổng dư nợ 767,520 triệu đồng/,
    );
    const band = values.find((v) => v.disaggregation === "damage_band=tren_70");
    expect(band).toMatchObject({ indicator: "crop_area_damaged", unit: UNIT, value: 510 });
    expect(targets.find((t) => t.indicator === "ntp_infra_disbursed")).toMatchObject({
      kind: "plan",
      year: 2023,
      value: 4985,
    });
  });

  it("holds year-to-date figures back until the earlier months are known, then gives the month", async () => {
    const without = assembleValues([report]);
    const held = without.heldBack.filter((h) => h.reason.startsWith("lũy kế từ đầu năm"));
    expect(held.length).toBeGreaterThanOrEqual(25);
    const known = await truth.known(neededKnownValues([report]));
    const withMonths = assembleValues([report], known);
    expect(withMonths.heldBack).toEqual([]);
    const month = await truth.known(withMonths.values.map((v) => ({ ...v, period: PERIOD })));
    const wrong = withMonths.values.filter((v) => {
      const expected = month(v);
      const f = v.figures[0];
      if (expected === undefined || !f) return true;
      const format = parseFigureFormat(f.figure.format);
      const dong = f.inversion.dongPerUnit;
      return formatFigure(v.value, format, dong) !== formatFigure(expected, format, dong);
    });
    expect(wrong.map((v) => `${v.indicator} ${v.unit} ${v.disaggregation}: ${v.value}`)).toEqual(
      [],
    );
  });

  it("recomputes the figures it cannot invert and finds the report's own 101% for 6.524/6.422", () => {
    const checks = checkFigures([report], {
      catalogue: truth.engine.catalogue,
      unit: UNIT,
      period: PERIOD,
    });
    expect(checks.filter((c) => c.verdict === "agree").length).toBeGreaterThanOrEqual(14);
    expect(
      checks
        .filter((c) => c.verdict === "disagree")
        .map((c) => [c.figure.figure.source, c.figure.written, c.expected]),
    ).toEqual([["pct_of(school_enrolment_tieu_hoc, resolution)", "101%", "102%"]]);
  });
});
