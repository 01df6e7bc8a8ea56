import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiCall, api } from "../../src/server/contract/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { type ApiFixture, openApiFixture } from "./api-fixture.ts";

const REPORT = readFileSync(
  join(import.meta.dirname, "../fixtures/reference/bao-cao-thang-8-2023.txt"),
);
const upload = { fileName: "bao-cao-thang-8.txt", content: REPORT.toString("base64") };
/** The same report printed to PDF (see test/extract/pdf-extract.test.ts). */
const PDF = readFileSync(join(import.meta.dirname, "../fixtures/extract/bao-cao-thang-8-2023.pdf"));

// Issue 20's web page: last year's report read back against the unit's own template, reviewed,
// then imported through the same preview as an Excel form.
describeEachEngine("reading past reports back into values over HTTP", (fresh) => {
  let f: ApiFixture;
  let office: ApiCall;
  beforeAll(async () => {
    f = await openApiFixture(fresh);
    office = await f.signIn("vanphong");
  }, 120_000);
  afterAll(() => f.close());

  it("reads the report with the unit's latest template, each value beside its sentence", async () => {
    const read = await office(api.pastReports.read, {
      body: { unit: "NGA_NAM", period: "2023-08", files: [upload] },
    });
    expect(read.values.length).toBeGreaterThan(90);
    const jobs = read.values.find((v) => v.indicator === "houses_damaged" && v.unit === "NGA_NAM");
    expect(jobs).toMatchObject({ period: "2023-08", value: 10, file: "bao-cao-thang-8.txt" });
    expect(jobs?.sentence).toContain("10 căn nhà");
    // What is stored now comes with its version, to import over it or report a conflict.
    const storedOnes = read.values.filter((v) => v.stored !== null);
    expect(storedOnes.length).toBeGreaterThan(0);
    for (const v of storedOnes) expect(v.version).toBeGreaterThan(0);
    for (const v of read.values.filter((x) => x.stored === null)) expect(v.version).toBe(0);
    expect(read.checks.some((c) => c.verdict === "disagree" && c.written === "101%")).toBe(true);
    expect(read.summary[0]).toMatch(/^Đã đọc 1 báo cáo/);
  });

  it("reads a PDF upload as it reads the report's text, and says plainly when the upload is too large", async () => {
    const body = (files: { fileName: string; content: string }[]) => ({
      body: { unit: "NGA_NAM", period: "2023-08", files },
    });
    const fromText = await office(api.pastReports.read, body([upload]));
    const fromPdf = await office(
      api.pastReports.read,
      body([{ fileName: "bao-cao-thang-8.pdf", content: PDF.toString("base64") }]),
    );
    const shown = (r: typeof fromText) => r.values.map((v) => [v.indicator, v.unit, v.value]);
    expect(shown(fromPdf)).toEqual(shown(fromText));
    expect(fromPdf.values[0]?.file).toBe("bao-cao-thang-8.pdf");
    // Twelve months of PDFs fit in the route's 32 MiB; more is refused before it is parsed.
    const tooLarge = await f.app.inject({
      method: "POST",
      url: api.pastReports.read.path,
      headers: { "content-type": "application/json" },
      payload: Buffer.alloc(33 * 2 ** 20, "A"),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toMatch(
      /^Dữ liệu gửi lên quá lớn \(quá 32 MB một lần\): hãy gửi ít tệp hơn/,
    );
  });

  it("imports reviewed values as last year's, refusing one saved since it was read", async () => {
    const read = await office(api.pastReports.read, {
      body: { unit: "NGA_NAM", period: "2022-08", files: [upload] },
    });
    const picked = read.values
      .filter((v) => v.unit === "NGA_NAM" && v.disaggregation === "")
      .slice(0, 3);
    expect(picked).toHaveLength(3);
    const [first, second, third] = picked as [
      (typeof picked)[0],
      (typeof picked)[0],
      (typeof picked)[0],
    ];
    const values = picked.map((v) => ({
      unit: v.unit,
      period: v.period,
      indicator: v.indicator,
      disaggregation: v.disaggregation,
      value: v === second ? v.value + 1 : v.value,
      note: v.note,
      version: v.version,
    }));
    // Someone saves the third value between reading and importing.
    await f.engine.write(
      [
        {
          indicator: third.indicator,
          unit: "NGA_NAM",
          period: "2022-08",
          value: 7,
          expectedVersion: third.version,
        },
      ],
      { by: "phuong1", via: "form" },
    );
    const preview = await office(api.pastReports.import, { body: { values, confirm: false } });
    expect(preview.written).toBe(false);
    expect(preview.changes.find((c) => c.indicator === third.indicator)?.kind).toBe("conflict");
    const done = await office(api.pastReports.import, {
      body: { values: values.slice(0, 2), confirm: true },
    });
    expect(done.written).toBe(true);
    const stored = await f.engine.storedValues({
      unitCodes: ["NGA_NAM"],
      periods: ["2022-08"],
      indicatorCodes: [first.indicator, second.indicator],
    });
    const storedOf = (code: string) =>
      stored.find((r) => r.indicatorCode === code && r.disaggregation === "")?.value;
    expect(storedOf(first.indicator)).toBe(first.value);
    expect(storedOf(second.indicator)).toBe(second.value + 1);
    expect(stored.find((r) => r.indicatorCode === first.indicator)?.note).toMatch(
      /^Trích từ bao-cao-thang-8\.txt/,
    );
  });

  it("refuses a template-less unit and a reader without the right to write", async () => {
    const ward = await f.signIn("phuong1");
    await expect(
      ward(api.pastReports.read, { body: { unit: "NGA_NAM", period: "2022-08", files: [upload] } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      ward(api.pastReports.read, {
        body: { unit: "PHUONG_1", period: "2022-08", files: [upload] },
      }),
    ).rejects.toMatchObject({ status: 400, code: "extract.no_template" });
  });
});
