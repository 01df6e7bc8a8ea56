import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE } from "../../src/cli/compose-for-cli.ts";
import { EXIT } from "../../src/cli/main.ts";
import { Engine } from "../../src/engine/index.ts";
import { reportFileText } from "../../src/extract/index.ts";
import { composeReport, renderDocx, renderMarkdown } from "../../src/report/index.ts";
import { openStore } from "../../src/store/index.ts";
import { DATASET } from "../dataset/load-dataset.ts";
import { runCli } from "../support/run-cli.ts";
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
import { textlessPdf } from "./textless-pdf.ts";

const REFERENCE = join(import.meta.dirname, "../fixtures/reference/bao-cao-thang-8-2023.txt");

describe("baocao extract", () => {
  let dir: string;
  let truth: ReferenceTruth;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-extract-"));
    truth = await referenceTruth();
  });
  afterAll(async () => {
    await truth.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a values CSV and a targets file that baocao import takes, on an SQLite file", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "new-town.db")}` };
    // A locality starting out: its catalogue, no data.
    expect((await runCli(["import", join(DATASET, "catalogue.yaml")], env)).code).toBe(EXIT.ok);
    const csv = join(dir, "thang-8.csv");
    const targets = join(dir, "chi-tieu.yaml");
    const args = ["-t", DEFAULT_TEMPLATE, "-u", UNIT, "-p", PERIOD, "-o", csv];
    const extracted = await runCli(["extract", ...args, "--targets-out", targets, REFERENCE], env);
    expect(extracted.code).toBe(EXIT.ok);
    expect(extracted.out[0]).toBe(
      "Đã đọc 1 báo cáo: tìm thấy 169 số liệu của mẫu, không tìm thấy 1.",
    );
    expect(extracted.out).toContain(
      "  - Lệch: {{ pct_of(school_enrolment_tieu_hoc, resolution) }} báo cáo ghi “101%”, tính lại được “102%” (bao-cao-thang-8-2023.txt)",
    );
    const text = readFileSync(csv, "utf8");
    expect(text.split("\r\n").slice(0, 2)).toEqual([
      "#numbers=vi",
      "unit,indicator,period,disaggregation,value,status,note",
    ]);
    const imported = await runCli(["import", csv, targets], env);
    expect(imported.code).toBe(EXIT.ok);
    expect(imported.out[0]).toMatch(
      /^Đã nhập: 11 chỉ tiêu kế hoạch, 72 dòng số liệu đã đọc, 72 giá trị mới, .* 0 bị từ chối\.$/,
    );

    const store = await openStore({ engine: "sqlite", path: join(dir, "new-town.db") });
    try {
      const engine = await Engine.open(store);
      const answers = await engine.evaluate({
        unit: UNIT,
        period: PERIOD,
        sources: [
          "at(credit_outstanding, NN_AGRIBANK)",
          "land_certified_area",
          "crop_area_damaged[damage_band=tren_70]",
          "target(ntp_infra_disbursed, plan)",
        ],
      });
      expect(answers.map((a) => a.value)).toEqual([767_520, 22_313.03, 510, 4985]);
    } finally {
      await store.close();
    }
  });

  it("reads a DOCX report: the reference composed and rendered, every invertible figure back", async () => {
    const report = await composeReport(truth.engine, {
      template: truth.template,
      unit: UNIT,
      period: PERIOD,
    });
    const docx = join(dir, "bao-cao-thang-8.docx");
    writeFileSync(docx, await renderDocx(report));
    const text = await reportFileText(readFileSync(docx), "bao-cao-thang-8.docx");
    const read = extractReference(truth, text, "bao-cao-thang-8.docx");
    expect(read.missing.map((m) => `${m.figure.source}: ${m.reason}`)).toEqual([]);
    expect(invertible(read).filter((f) => !isTrue(truth, f))).toEqual([]);

    const env = { DATABASE_URL: `sqlite:${join(dir, "docx.db")}` };
    await runCli(["import", join(DATASET, "catalogue.yaml")], env);
    const args = ["-t", DEFAULT_TEMPLATE, "-u", UNIT, "-p", PERIOD, "-o", join(dir, "d.csv")];
    const extracted = await runCli(["extract", ...args, docx], env);
    expect(extracted.out[0]).toBe(
      "Đã đọc 1 báo cáo: tìm thấy 170 số liệu của mẫu, không tìm thấy 0.",
    );
  });

  it("reads a year's reports month by month: each year to date gives the month, and the months add up", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "history.db")}` };
    await runCli(["import", join(DATASET, "catalogue.yaml")], env);
    const held: number[] = [];
    for (let month = 1; month <= 8; month++) {
      const period = `2023-${String(month).padStart(2, "0")}`;
      const composed = await composeReport(truth.engine, {
        template: truth.template,
        unit: UNIT,
        period,
      });
      const file = join(dir, `bao-cao-${period}.md`);
      writeFileSync(file, renderMarkdown(composed));
      const csv = join(dir, `${period}.csv`);
      const args = ["-t", DEFAULT_TEMPLATE, "-u", UNIT, "-p", period, "-o", csv];
      const extracted = await runCli(["extract", ...args, file], env);
      expect(extracted.code).toBe(EXIT.ok);
      held.push(Number(/giữ lại, chưa ghi: (\d+)/.exec(extracted.out[1] ?? "")?.[1]));
      expect((await runCli(["import", csv], env)).code).toBe(EXIT.ok);
    }
    // January's year to date is its month; later, a figure is held back when a month before had
    // no data (its report wrote [?]) — never given a month's value from a partial sum.
    expect(held[0]).toBe(0);
    const reference = extractReference(truth, REFERENCE_TEXT);
    const sources = [
      ...new Set(
        reference.found
          .filter((f) => f.inversion.kind === "value" && f.inversion.ytd)
          .map((f) => f.figure.source),
      ),
    ];
    const store = await openStore({ engine: "sqlite", path: join(dir, "history.db") });
    try {
      const history = await Engine.open(store);
      const read = await history.evaluate({ unit: UNIT, period: PERIOD, sources });
      const expected = await truth.engine.evaluate({ unit: UNIT, period: PERIOD, sources });
      const wrong = read.filter((a, i) => a.value !== null && a.value !== expected[i]?.value);
      expect(wrong.map((a) => `${a.source} = ${String(a.value)}`)).toEqual([]);
      const recovered = read.filter((a) => a.value !== null).map((a) => a.source);
      expect(recovered).toEqual(
        expect.arrayContaining([
          "ytd(houses_damaged)",
          "ytd(medical_examinations)",
          "at(ytd(credit_lending), NN_NHCSXH)",
        ]),
      );
      // 22 of 27 here: the other five had a month without data in the dataset.
      expect(recovered.length).toBeGreaterThanOrEqual(20);
    } finally {
      await store.close();
    }
  });

  it("checks growth against last year and gives every month when the database holds the year", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
    expect((await runCli(["demo", "--no-serve"], env)).code).toBe(EXIT.ok);
    const args = ["-t", DEFAULT_TEMPLATE, "-u", UNIT, "-p", PERIOD, "-o", join(dir, "demo.csv")];
    const extracted = await runCli(["extract", ...args, REFERENCE], env);
    // Without the database: 14 agree, 1 disagrees, 44 cannot be recomputed (first test).
    expect(extracted.out).toContain(
      "Kiểm tra (số liệu tính lại từ các số đã đọc): 40 khớp, 1 lệch, 2 không tính lại được.",
    );
    // Six year-to-date figures stay held back: the dataset has no row for some earlier months.
    expect(extracted.out[1]).toBe(
      "Giá trị ghi vào tệp: 103; chỉ tiêu giao: 11; giữ lại, chưa ghi: 6.",
    );
    expect(extracted.out).toContain(
      "  - {{ ytd(houses_damaged) }} = “25”: lũy kế từ đầu năm: thiếu số liệu tháng 1, 2, 3, 4 để suy ra số của tháng 8",
    );
  });

  it("refuses a unit the database does not know, before reading anything into a file", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "empty.db")}` };
    const args = ["-t", DEFAULT_TEMPLATE, "-u", UNIT, "-p", PERIOD, "-o", join(dir, "e.csv")];
    const result = await runCli(["extract", ...args, REFERENCE], env);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([
      'Lỗi: Không có đơn vị mã "NGA_NAM" trong cơ sở dữ liệu: hãy nhập danh mục trước (baocao import catalogue.yaml).',
    ]);
  });

  it("refuses a scanned PDF, naming the file and what to give instead", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "pdf.db")}` };
    const pdf = join(dir, "bao-cao-scan.pdf");
    writeFileSync(pdf, textlessPdf());
    const args = ["-t", DEFAULT_TEMPLATE, "-u", UNIT, "-p", PERIOD, "-o", join(dir, "p.csv")];
    const result = await runCli(["extract", ...args, pdf], env);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err[0]).toMatch(
      /^Lỗi: Tệp PDF bao-cao-scan\.pdf không có lớp chữ .*Hãy dùng bản Word \(\.docx\)/,
    );
  });
});
