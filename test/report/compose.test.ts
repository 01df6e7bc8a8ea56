import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import {
  composeReport,
  type ReportDocument,
  type Run,
  renderDocx,
  renderHtml,
  renderMarkdown,
} from "../../src/report/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";

const template = readFileSync(join(import.meta.dirname, "../fixtures/report/small.md"), "utf8");
const text = (runs: readonly Run[]) =>
  runs.map((r) => ("text" in r ? r.text : `[^${r.number}]`)).join("");

describe("report composer", () => {
  let store: Store;
  let engine: Engine;
  let report: ReportDocument;
  beforeEach(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
    engine = await townEngine(store);
    await engine.saveTargets([
      { indicator: "revenue", reportingUnit: "NN", year: 2023, kind: "plan", value: 45_000 },
    ]);
    await engine.write(
      [
        { indicator: "received", unit: "P1", period: "2023-07", value: 500 },
        { indicator: "received", unit: "P1", period: "2023-08", value: 852, status: "estimate" },
        { indicator: "resolved", unit: "P1", period: "2023-08", value: 829 },
        { indicator: "revenue", unit: "TAX", period: "2023-08", value: 25_465 },
        { indicator: "revenue", unit: "TAX", period: "2022-08", value: 20_000 },
        {
          indicator: "pupils",
          unit: "P1",
          period: "2023-08",
          disaggregation: { school_level: "tieu_hoc" },
          value: 6524,
        },
      ],
      clerk,
    );
    report = await composeReport(engine, { template, unit: "NN", period: "2023-08" });
  });
  afterEach(() => store.close());

  it("writes every live figure from the engine, in Vietnamese number style", () => {
    const lines = report.blocks.map((b) =>
      b.kind === "table" ? b.rows.map((r) => r.map(text).join(" | ")).join("\n") : text(b.runs),
    );
    expect(lines).toEqual([
      "Ủy ban nhân dân thị xã báo cáo tình hình tháng 8 năm 2023, cụ thể như sau:",
      "I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 8",
      "1. Kinh tế",
      "Trong tháng tiếp nhận 852 hồ sơ (lũy kế 1.352 hồ sơ), giải quyết đúng hạn 829 hồ sơ[^1].",
      "Thu ngân sách đạt 56,59% kế hoạch, tăng 5.465 triệu đồng so cùng kỳ.",
      "Chỉ tiêu chưa có: [?].",
      "Cấp học | Học sinh\nTiểu học | 6.524",
    ]);
    expect(report.meta.subject).toBe(
      "Tình hình kinh tế - xã hội tháng 8 và phương hướng, nhiệm vụ tháng 9 năm 2023",
    );
    expect(report.footnotes.map((f) => [f.number, text(f.runs)])).toEqual([
      [1, "Kế hoạch số 51/KH-UBND ngày 17/3/2023."],
    ]);
    expect(report.blocks[2]).toMatchObject({ kind: "heading", level: 2, owner: "TAX" });
  });

  it("keeps each figure's source, value, status and provenance, and says why a figure has no value", () => {
    const figures = report.blocks
      .flatMap((b) => (b.kind === "table" ? b.rows.flat(2) : b.runs))
      .filter((r) => r.kind === "figure");
    expect(figures[0]).toMatchObject({
      source: "received",
      value: 852,
      status: "estimate",
      text: "852",
      line: 16,
    });
    expect(figures.find((f) => f.source === "nonexistent_code")?.problem).toMatch(
      /nonexistent_code/,
    );
    expect(figures.find((f) => f.source.startsWith("pct_of"))?.references).toEqual([
      { text: "ytd(revenue)", value: 25_465 },
      { text: "target(ytd(revenue), plan)", value: 45_000 },
    ]);
  });

  it("carries the text forward to the next month with the figures recomputed", async () => {
    await engine.write(
      [{ indicator: "received", unit: "P2", period: "2023-09", value: 700 }],
      clerk,
    );
    const september = await composeReport(engine, { template, unit: "NN", period: "2023-09" });
    expect(text(september.blocks[1]?.kind === "heading" ? september.blocks[1].runs : [])).toBe(
      "I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9",
    );
    const line = september.blocks[3];
    expect(line?.kind === "paragraph" && text(line.runs)).toBe(
      "Trong tháng tiếp nhận 700 hồ sơ (lũy kế 2.052 hồ sơ), giải quyết đúng hạn [?] hồ sơ[^1].",
    );
  });

  it("renders HTML and Markdown with the same structure", () => {
    const html = renderHtml(report);
    expect(html).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(html).toContain('<h3 data-owner="TAX">1. Kinh tế</h3>');
    expect(html).toMatch(
      /<span class="figure estimate" title="received = 852 \(ước\)" data-source="received">852<\/span>/,
    );
    const md = renderMarkdown(report);
    expect(md).toContain("# I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 8");
    expect(md).toContain("- Trong tháng tiếp nhận 852 hồ sơ");
  });

  it("renders a Decree 30/2020 DOCX: A4, margins, fonts, header table, footnotes, page numbers, signature table", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(report));
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const footnotes = (await zip.file("word/footnotes.xml")?.async("string")) ?? "";
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/header\d+\.xml/.test(f))
        .map((f) => zip.file(f)?.async("string")),
    );

    // A4 portrait, margins inside the decree's ranges (twips: 1 mm = 56.7).
    const pgSz = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(document);
    expect([Number(pgSz?.[1]), Number(pgSz?.[2])]).toEqual([11906, 16838]);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(
      document,
    );
    const [top, right, bottom, left] = (margin?.slice(1) ?? []).map((v) => Number(v) / 56.7);
    expect(top).toBeGreaterThanOrEqual(20);
    expect(top).toBeLessThanOrEqual(25);
    expect(bottom).toBeGreaterThanOrEqual(20);
    expect(left).toBeGreaterThanOrEqual(30);
    expect(left).toBeLessThanOrEqual(35);
    expect(right).toBeGreaterThanOrEqual(15);
    expect(right).toBeLessThanOrEqual(20);
    // Times New Roman 14 pt body, justified paragraphs with a first-line indent and 6 pt after.
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(document).toMatch(/<w:jc w:val="both"\/>/);
    expect(document).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(document).toMatch(/<w:spacing w:after="120" w:line="276"\/>/);
    // The header table: issuing body bold upper case, national title 12 pt bold, motto 13 pt bold, italic date.
    expect(document).toMatch(
      /<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>ỦY BAN NHÂN DÂN THỊ XÃ NGÃ NĂM<\/w:t>/s,
    );
    expect(document).toMatch(
      /<w:sz w:val="24"\/>(?:(?!<\/w:r>).)*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/s,
    );
    expect(document).toMatch(/<w:sz w:val="26"\/>(?:(?!<\/w:r>).)*Độc lập - Tự do - Hạnh phúc/s);
    expect(document).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*Ngã Năm, ngày 05 tháng 9 năm 2023/s);
    expect(document).toContain("Số: …/BC-UBND");
    expect(
      (document.match(/<w:tblBorders>(?:(?!<\/w:tblBorders>).)*w:val="none"/gs) ?? []).length,
    ).toBeGreaterThanOrEqual(2);
    // A real Word footnote, referenced from the text.
    expect(document).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(footnotes).toContain("Kế hoạch số 51/KH-UBND ngày 17/3/2023.");
    // Page numbers centred at the top from page 2: a distinct first-page header and a PAGE field.
    expect(document).toContain("<w:titlePg/>");
    expect(headers.join("")).toMatch(/PAGE/);
    // The closing table: "Nơi nhận:" 12 pt bold italic, its list 11 pt, the signing block.
    expect(document).toMatch(
      /<w:b\/><w:bCs\/><w:i\/>(?:(?!<\/w:r>).)*<w:sz w:val="24"\/>(?:(?!<\/w:r>).)*Nơi nhận:/s,
    );
    expect(document).toMatch(/<w:sz w:val="22"\/>(?:(?!<\/w:r>).)*- Lưu: VT\./s);
    expect(document).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(document).toContain("Nguyễn Văn A");
  });

  // The reference report writes growth by hand 57 times; growth(x) and ratio(x) say it once.
  it("compares with the same period of last year through growth() and ratio()", async () => {
    const composed = await composeReport(engine, {
      template: [
        "{{ growth(revenue) | percent:2 }} = {{ (revenue / last_year(revenue) - 1) * 100 | percent:2 }}",
        "{{ ratio(revenue) | percent:2 }} = {{ revenue / last_year(revenue) * 100 | percent:2 }}",
        "{{ growth(received) }}",
      ].join("\n\n"),
      unit: "NN",
      period: "2023-08",
    });
    const lines = composed.blocks.map((b) => (b.kind === "paragraph" ? text(b.runs) : ""));
    expect(lines[0]).toBe("27,33% = 27,33%");
    expect(lines[1]).toBe("127,33% = 127,33%");
    // No value a year before: no figure, never a division by zero written as a number.
    expect(lines[2]).toBe("[?]");
  });

  it("names a target kind after “so với” in the kind's own words", async () => {
    const compose = async () => {
      const composed = await composeReport(engine, {
        template: "đạt {{ pct_of(revenue, plan) | percent:1 }} so với {{ $kind_plan }}",
        unit: "NN",
        period: "2023-08",
      });
      const first = composed.blocks[0];
      return first?.kind === "paragraph" ? text(first.runs) : "";
    };
    const plan = engine.targetKinds.find((k) => k.code === "plan");
    expect(await compose()).toBe(`đạt 56,6% so với ${plan?.phraseVi}`);
    expect(plan?.phraseVi).toBe("kế hoạch");
  });
});
