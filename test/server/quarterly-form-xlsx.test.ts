import { afterAll, beforeAll, expect, it } from "vitest";
import type { ReportingRegime } from "../../src/core/regimes/index.ts";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { fillForm, openWorkbook, rowOf } from "../support/fill-form.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

// A quarterly form of Phường 1 besides its monthly one: filed in September for the third quarter.
const QUARTERLY: ReportingRegime = {
  code: "ward_quarterly",
  nameVi: "Báo cáo quý của phường",
  frequency: "quarter",
  cutoff: "decree09",
  deadlineDay: 16,
  reportingUnits: ["PHUONG_1"],
  indicators: ["disaster_support_cases"],
};
const KEY = "disaster_support_cases|";
const system = { by: "system", via: "system" } as const;

describeEachEngine("a quarterly form over HTTP: the entry form and its Excel sheet", (fresh) => {
  let f: ApiFixture;
  let ward: ApiCall;

  beforeAll(async () => {
    f = await openApiFixture(fresh);
    await f.engine.import({ regimes: [QUARTERLY] }, system);
    // The quarter before (kept in June), the same quarter last year (September 2022), and a
    // month's figure of August that is no quarter's and must not show as "the quarter before".
    const value = (period: string, v: number) => ({
      indicator: "disaster_support_cases",
      unit: "PHUONG_1",
      period,
      value: v,
    });
    await f.engine.write([value("2023-Q2", 4), value("2022-09", 3), value("2023-08", 9)], system);
    ward = await f.signIn("phuong1");
  }, 120_000);
  afterAll(() => f.close());

  it("lists the quarter and its indicator apart in September's entry form, and points August to September", async () => {
    const september = await ward(api.values.entry, {
      query: { unit: "PHUONG_1", period: "2023-09" },
    });
    expect(september.longerPeriods).toEqual([
      {
        period: "2023-Q3",
        kind: "quarter",
        nameVi: "quý III năm 2023",
        forms: [{ code: "ward_quarterly", nameVi: "Báo cáo quý của phường" }],
        indicators: ["disaster_support_cases"],
      },
    ]);
    const august = await ward(api.values.entry, { query: { unit: "PHUONG_1", period: "2023-08" } });
    expect(august.longerPeriods).toEqual([]);
    // In August the clerk is told the quarter's form is entered in September.
    expect(august.laterFilings).toEqual([
      {
        code: "ward_quarterly",
        nameVi: "Báo cáo quý của phường",
        period: "2023-Q3",
        periodNameVi: "quý III năm 2023",
        month: "2023-09",
      },
    ]);
    expect(september.laterFilings).toEqual([]);
  });

  it("gives the quarter its own sheet, headed by the quarter, with the quarter before and last year's", async () => {
    const blob = await ward(api.forms.download, {
      query: { units: "PHUONG_1", period: "2023-09" },
    });
    const book = await openWorkbook(new Uint8Array(await blob.arrayBuffer()));
    const month = book.getWorksheet("Biểu 01");
    const quarter = book.getWorksheet("Biểu 02");
    if (!month || !quarter) throw new Error("the September workbook has no two sheets");
    expect(String(month.getCell("A4").value)).toBe(
      "Kỳ báo cáo: tháng 9 năm 2023 — hạn gửi 16/09/2023",
    );
    expect(() => rowOf(month, KEY)).toThrow();
    expect(quarter.getCell("A3").value).toBe("BIỂU SỐ LIỆU BÁO CÁO QUÝ CỦA PHƯỜNG");
    expect(quarter.getCell("A4").value).toBe(
      "Kỳ báo cáo: quý III năm 2023 (tháng 7–9/2023) — hạn gửi 16/09/2023",
    );
    expect(String(quarter.getCell("A6").value)).toMatch(
      /^Số liệu của cả quý III năm 2023, không phải của riêng tháng 9\./,
    );
    expect(["D7", "E7", "F7"].map((c) => quarter.getCell(c).value)).toEqual([
      "Quý trước (Quý II/2023)",
      "Cùng kỳ năm trước (Quý III/2022)",
      "Số liệu Quý III/2023",
    ]);
    const row = rowOf(quarter, KEY);
    expect(["D", "E", "F"].map((c) => row.getCell(c).value)).toEqual([4, 3, null]);
  });

  it("writes the quarter's figure from its sheet (period 2023-Q3), kept in September", async () => {
    const blob = await ward(api.forms.download, {
      query: { units: "PHUONG_1", period: "2023-09" },
    });
    const filled = await fillForm(
      new Uint8Array(await blob.arrayBuffer()),
      { [KEY]: 12 },
      "Biểu 02",
    );
    const body = {
      fileName: "bieu-quy.xlsx",
      content: Buffer.from(filled).toString("base64"),
    };
    const preview = await ward(api.forms.upload, { body: { ...body, confirm: false } });
    expect(preview.changes.filter((c) => c.kind !== "unchanged")).toMatchObject([
      { kind: "new", period: "2023-Q3", indicator: "disaster_support_cases", uploaded: 12 },
    ]);
    expect((await ward(api.forms.upload, { body: { ...body, confirm: true } })).written).toBe(true);
    const stored = await f.engine.storedValues({
      unitCodes: ["PHUONG_1"],
      periods: ["2023-07", "2023-08", "2023-09"],
      indicatorCodes: ["disaster_support_cases"],
    });
    expect(stored.map((v) => [v.period, v.value])).toEqual([
      ["2023-08", 9],
      ["2023-09", 12],
    ]);
    // The same workbook again is stale for that line: a conflict, never written twice.
    const again = await ward(api.forms.upload, { body: { ...body, confirm: false } });
    expect(again.counts.conflict).toBe(1);
  });
});
