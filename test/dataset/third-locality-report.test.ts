import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { referenceDatasetFiles } from "../../src/cli/reference-dataset.ts";
import { Engine } from "../../src/engine/index.ts";
import { readImportFiles } from "../../src/formats/index.ts";
import { composeReport, type ReportDocument, type Run } from "../../src/report/index.ts";
import { lineText, narrativeChecks, plainLine } from "../../src/report/narrative/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";

// Issue 17: a third locality, a district's quarterly report (by the statistics office), composed for a quarter.
const ROOT = join(import.meta.dirname, "../..");
const DATASET = join(ROOT, "datasets/huyen-don-duong-2024/");
const template = readFileSync(join(ROOT, "reports/huyen-don-duong/bao-cao-quy.md"), "utf8");

interface Figure {
  readonly expected: string;
  readonly canonical?: string;
}
/** The source's text and its figures, copied by hand from the page (not from this code). */
const source = parse(
  readFileSync(join(ROOT, "test/fixtures/huyen-don-duong/bao-cao-quy-1-2024.yaml"), "utf8"),
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

describeEachEngine("the third locality's quarterly report (huyện Đơn Dương)", (fresh) => {
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
    expect(paragraphs.filter((p) => p !== "").length).toBeGreaterThan(7);
    expect(paragraphs.filter((p) => p !== "" && !whole.includes(p))).toEqual([]);
  });

  // 38,6 + 11,9 + 9,6 = 60,1 after "trong đó", and no figure left typed: the checks find nothing,
  // in the composed report nor in the source as copied by hand.
  it("passes the narrative checks, as the source does", () => {
    const composed = report.blocks.flatMap((b) => (b.kind === "table" ? [] : [b.runs]));
    expect(composed.flatMap((runs) => narrativeChecks(lineText(runs)))).toEqual([]);
    const typed = source.text.split("\n").flatMap((line) => narrativeChecks(plainLine(line)));
    expect(typed.filter((f) => f.kind !== "typed_number")).toEqual([]);
  });

  it("takes its letterhead from the statistics office and names the quarter", () => {
    expect(report.meta.parentBody).toBe("CỤC THỐNG KÊ TỈNH LÂM ĐỒNG");
    expect(report.meta.issuingBody).toBe("CHI CỤC THỐNG KÊ KHU VỰC ĐỨC TRỌNG - ĐƠN DƯƠNG");
    expect(report.meta.subject).toBe("Tình hình kinh tế - xã hội quý I năm 2024 huyện Đơn Dương");
  });
});
