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

const ROOT = join(import.meta.dirname, "../..");

interface Figure {
  readonly expected: string;
  readonly canonical?: string;
}
/** A fixture: the source's text and its figures, copied by hand from the page (not from code). */
export interface LocalitySource {
  readonly unit: string;
  readonly period: string;
  readonly text: string;
  readonly figures: readonly Figure[];
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const runText = (runs: readonly Run[]) => runs.map((r) => ("text" in r ? r.text : "")).join("");
const figureRuns = (report: ReportDocument) =>
  report.blocks
    .flatMap((b) => (b.kind === "table" ? b.rows.flat(2) : b.runs))
    .filter((r) => r.kind === "figure");

/**
 * The tests every sample locality passes, on both engines: its dataset loads, its template
 * composes for the source's unit and period with every live figure equal to the source's (in
 * order), and each paragraph is found in the source's text. `more` adds the locality's own tests.
 */
export function describeLocalityReport(
  title: string,
  paths: {
    readonly dataset: string;
    readonly template: string;
    readonly fixture: string;
    readonly minParagraphs: number;
  },
  more: (get: () => { report: ReportDocument; source: LocalitySource }) => void,
): void {
  const template = readFileSync(join(ROOT, paths.template), "utf8");
  const source = parse(readFileSync(join(ROOT, paths.fixture), "utf8")) as LocalitySource;
  // The source's own inconsistent forms written back, where the system writes the canonical one.
  const asTheSourceWrites = (paragraph: string) =>
    source.figures.reduce(
      (out, f) =>
        f.canonical && f.canonical !== f.expected ? out.replaceAll(f.canonical, f.expected) : out,
      paragraph,
    );

  describeEachEngine(title, (fresh) => {
    let store: Store;
    let report: ReportDocument;
    beforeAll(async () => {
      store = await fresh();
      await migrateToLatest(store);
      const engine = await Engine.open(store);
      const { bundle } = readImportFiles(referenceDatasetFiles(join(ROOT, paths.dataset, "/")));
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
      expect(paragraphs.filter((p) => p !== "").length).toBeGreaterThan(paths.minParagraphs);
      expect(paragraphs.filter((p) => p !== "" && !whole.includes(p))).toEqual([]);
    });

    more(() => ({ report, source }));
  });
}
