import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { referenceDatasetFiles } from "../../src/cli/reference-dataset.ts";
import { Engine } from "../../src/engine/index.ts";
import { readImportFiles } from "../../src/formats/index.ts";
import { composeReport, type ReportDocument, type Run } from "../../src/report/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

// Issue 17: a second locality, a commune's 6-month report, composed for a half-year period.
const ROOT = join(import.meta.dirname, "../..");
const DATASET = join(ROOT, "datasets/xa-duc-giang-2021/");
const template = readFileSync(join(ROOT, "reports/xa-duc-giang/bao-cao-6-thang.md"), "utf8");

interface Figure {
  readonly expected: string;
  readonly canonical?: string;
}
/** The source's text and its figures, copied by hand from the page (not from this code). */
const source = parse(
  readFileSync(join(ROOT, "test/fixtures/xa-duc-giang/bao-cao-6-thang-2021.yaml"), "utf8"),
) as { unit: string; period: string; text: string; figures: Figure[] };

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const runText = (runs: readonly Run[]) => runs.map((r) => ("text" in r ? r.text : "")).join("");
const figureRuns = (report: ReportDocument) =>
  report.blocks
    .flatMap((b) => (b.kind === "table" ? b.rows.flat(2) : b.runs))
    .filter((r) => r.kind === "figure");

/** Writes the source's own inconsistent forms back, where the system writes the canonical one. */
function asTheSourceWrites(paragraph: string): string {
  let out = paragraph;
  for (const f of source.figures)
    if (f.canonical && f.canonical !== f.expected) out = out.replaceAll(f.canonical, f.expected);
  return out;
}

describeEachEngine("the second locality's 6-month report (xã Đức Giang)", (fresh) => {
  let store: Store;
  let report: ReportDocument;
  beforeAll(async () => {
    store = await fresh();
    await migrateToLatest(store);
    const engine = await Engine.open(store);
    const { bundle } = readImportFiles(referenceDatasetFiles(DATASET));
    await engine.import(bundle, { by: "dataset", via: "import" });
    report = await composeReport(engine, { template, unit: source.unit, period: source.period });
  });
  afterAll(() => store.close());

  it("resolves every live figure to the source's figure, in order", () => {
    const live = figureRuns(report);
    expect(
      live.filter((r) => r.problem).map((r) => `${r.line}: ${r.source} (${r.problem})`),
    ).toEqual([]);
    expect(live.map((r) => r.text)).toEqual(source.figures.map((f) => f.canonical ?? f.expected));
  });

  it("gives the source's text, paragraph by paragraph", () => {
    const whole = squash(source.text);
    const paragraphs = report.blocks.map((b) => {
      if (b.kind === "table") return "";
      const marker = b.kind === "paragraph" && b.marker ? `${b.marker} ` : "";
      return squash(asTheSourceWrites(marker + runText(b.runs)));
    });
    expect(paragraphs.filter((p) => p !== "").length).toBeGreaterThan(15);
    expect(paragraphs.filter((p) => p !== "" && !whole.includes(p))).toEqual([]);
  });

  it("takes its letterhead from the commune and names the half-year", () => {
    expect(report.meta.parentBody).toBe("UBND HUYỆN VŨ QUANG");
    expect(report.meta.issuingBody).toBe("ỦY BAN NHÂN DÂN XÃ ĐỨC GIANG");
    expect(report.meta.subject).toBe(
      "Tình hình kinh tế - xã hội 6 tháng đầu năm 2021 và phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
    );
  });
});
