import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_TEMPLATE } from "../../src/cli/compose-for-cli.ts";
import { Engine } from "../../src/engine/index.ts";
import { composeReport, type ReportDocument, type Run } from "../../src/report/index.ts";
import { migrateToLatest, openStore, type Store } from "../../src/store/index.ts";
import { DATASET, loadReferenceDataset } from "./load-dataset.ts";

const template = readFileSync(DEFAULT_TEMPLATE, "utf8");
const reference = readFileSync(
  join(import.meta.dirname, "../fixtures/reference/bao-cao-thang-8-2023.txt"),
  "utf8",
);
const figures = (
  parse(readFileSync(join(DATASET, "figures.yaml"), "utf8")) as {
    figures: { expected: string; canonical?: string }[];
  }
).figures;

/** A line as the reference text writes it: italic phrases between asterisks. */
function text(runs: readonly Run[]): string {
  let out = "";
  let italic = false;
  for (const r of runs) {
    if (!("text" in r)) continue;
    if (Boolean(r.italic) !== italic) {
      out += "*";
      italic = !italic;
    }
    out += r.text;
  }
  return italic ? `${out}*` : out;
}
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The reference as one line: page breaks and the footnote (printed in the middle of a paragraph
 * at a page end) taken out, so that each paragraph of the composed report can be found in it.
 */
function referenceText(): string {
  const footnote = /\n¹ Kế hoạch số 51[^\n]*\n/;
  return squash(
    reference
      .replace(footnote, " ")
      .replace("Kế hoạch chuyên đề của thị xã¹", "Kế hoạch chuyên đề của thị xã"),
  );
}

/** Writes the report's own inconsistent forms back, where the system writes the canonical one. */
function asTheReportWrites(paragraph: string): string {
  let out = paragraph;
  for (const f of figures)
    if (f.canonical && f.canonical !== f.expected) out = out.replaceAll(f.canonical, f.expected);
  return out;
}

describe("the reference report composed from the reference dataset", () => {
  let store: Store;
  let report: ReportDocument;
  beforeAll(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
    await migrateToLatest(store);
    const engine = await Engine.open(store);
    await loadReferenceDataset(engine);
    report = await composeReport(engine, { template, unit: "NGA_NAM", period: "2023-08" });
  });
  afterAll(() => store.close());

  it("resolves every live figure", () => {
    const runs = report.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat(2) : b.runs));
    const live = runs.filter((r) => r.kind === "figure");
    expect(live.length).toBeGreaterThanOrEqual(170);
    expect(
      live.filter((r) => r.problem).map((r) => `${r.line}: ${r.source} (${r.problem})`),
    ).toEqual([]);
  });

  it("gives the reference report's text, paragraph by paragraph", () => {
    const whole = referenceText();
    const paragraphs = report.blocks.map((b) => {
      if (b.kind === "table") return "";
      const marker = b.kind === "paragraph" && b.marker ? `${b.marker} ` : "";
      return squash(asTheReportWrites(marker + text(b.runs)));
    });
    expect(paragraphs.length).toBeGreaterThan(50);
    expect(paragraphs.filter((p) => p !== "" && !whole.includes(p))).toEqual([]);
    expect(report.meta.subject).toBe(
      "Tình hình thực hiện nhiệm vụ kinh tế - xã hội tháng 8 và phương hướng, nhiệm vụ tháng 9 năm 2023",
    );
  });
});
