import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { referenceDatasetFiles } from "../../src/cli/reference-dataset.ts";
import { Engine } from "../../src/engine/index.ts";
import {
  type ExtractedReport,
  extractReport,
  type FoundFigure,
  invertFigure,
} from "../../src/extract/index.ts";
import { readImportFiles } from "../../src/formats/index.ts";
import {
  allRuns,
  composeReport,
  type FigureRun,
  formatFigure,
  parseFigureFormat,
  parseTemplate,
  type Template,
} from "../../src/report/index.ts";
import { migrateToLatest, openStore, type Store } from "../../src/store/index.ts";

const ROOT = join(import.meta.dirname, "../..");

/**
 * A real report of another locality: its text (copied from the page named in the fixture), the
 * template written for it by hand, and the truth — either the dataset that reproduces every one
 * of its figures (test/dataset checks the composed figures equal the ones copied by hand) or, for
 * a catalogue without data, the values read by hand listed in the fixture's `truth`.
 */
export interface RealReport {
  readonly name: string;
  /** A folder with catalogue.yaml (and data/*.csv when the truth is the dataset). */
  readonly dataset: string;
  readonly template: string;
  /** A YAML fixture with `source`, `unit`, `period`, `text` and, maybe, `truth`. */
  readonly fixture: string;
}

const LANG_SON = "test/fixtures/extract/lang-son-thang-10-2023";

export const REAL_REPORTS: readonly RealReport[] = [
  {
    name: "xã Đức Giang, 6 tháng đầu năm 2021",
    dataset: "datasets/xa-duc-giang-2021",
    template: "reports/xa-duc-giang/bao-cao-6-thang.md",
    fixture: "test/fixtures/xa-duc-giang/bao-cao-6-thang-2021.yaml",
  },
  {
    name: "huyện Đơn Dương, quý I năm 2024",
    dataset: "datasets/huyen-don-duong-2024",
    template: "reports/huyen-don-duong/bao-cao-quy.md",
    fixture: "test/fixtures/huyen-don-duong/bao-cao-quy-1-2024.yaml",
  },
  {
    name: "tỉnh Lạng Sơn, tháng 10 năm 2023",
    dataset: LANG_SON,
    template: `${LANG_SON}/mau-bao-cao.md`,
    fixture: `${LANG_SON}/bao-cao.yaml`,
  },
];

/** A real report read back against its template, and how to tell a right value from a wrong one. */
export interface RealReportTruth {
  readonly store: Store;
  readonly engine: Engine;
  readonly template: Template;
  readonly text: string;
  readonly source: string;
  readonly report: ExtractedReport;
  readonly unit: string;
  readonly period: string;
  /** Whether a value read is the true one, at the precision the report writes it. */
  readonly isRight: (found: FoundFigure) => boolean;
}

interface Fixture {
  readonly source: string;
  readonly unit: string;
  readonly period: string;
  readonly text: string;
  readonly truth?: readonly { readonly figure: string; readonly value: number }[];
}

/** Loads the report's catalogue (and data) into SQLite in memory and reads its text. */
export async function readRealReport(real: RealReport): Promise<RealReportTruth> {
  const fixture = parse(readFileSync(join(ROOT, real.fixture), "utf8")) as Fixture;
  const store = await openStore({ engine: "sqlite", path: ":memory:" });
  await migrateToLatest(store);
  const engine = await Engine.open(store);
  const { bundle } = readImportFiles(referenceDatasetFiles(join(ROOT, real.dataset, "/")));
  await engine.import(bundle, { by: "dataset", via: "import" });
  const template = parseTemplate(readFileSync(join(ROOT, real.template), "utf8"));
  const where = { unit: fixture.unit, period: fixture.period };
  const report = extractReport({
    template,
    text: fixture.text,
    file: real.fixture.split("/").at(-1) ?? real.fixture,
    ...where,
    catalogue: engine.catalogue,
  });
  let isRight: (found: FoundFigure) => boolean;
  if (fixture.truth) {
    const truth = new Map(fixture.truth.map((t) => [t.figure, t.value]));
    isRight = (found) => sameAsWritten(found, truth.get(found.figure.source));
  } else {
    const composedReport = await composeReport(engine, { template, ...where });
    const composed = allRuns(
      composedReport.blocks,
      composedReport.footnotes.map((f) => f.runs),
    ).filter((r): r is FigureRun => r.kind === "figure");
    isRight = (found) => sameAsWritten(found, composed[found.figure.index]?.value);
  }
  const { text, source } = fixture;
  return { store, engine, template, text, source, report, isRight, ...where };
}

/** True when a value read is the true value as the report writes it (same precision). */
function sameAsWritten(found: FoundFigure, truth: unknown): boolean {
  if (typeof truth !== "number") return false;
  const format = parseFigureFormat(found.figure.format);
  const dong = found.inversion.dongPerUnit;
  return formatFigure(found.value, format, dong) === formatFigure(truth, format, dong);
}

/** Precision and recall over the template's invertible figures, and what was missed and why. */
export interface RealReportScore {
  readonly figures: number;
  readonly invertible: number;
  readonly read: number;
  readonly correct: number;
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
}

export function scoreRealReport(truth: RealReportTruth): RealReportScore {
  const { report } = truth;
  const ctx = { catalogue: truth.engine.catalogue, unit: truth.unit, period: truth.period };
  const read = report.found.filter((f) => f.inversion.kind !== "check");
  const missed = report.missing.filter((m) => invertFigure(m.figure.source, ctx).kind !== "check");
  const wrong = read.filter((f) => !truth.isRight(f));
  return {
    figures: report.found.length + report.missing.length,
    invertible: read.length + missed.length,
    read: read.length,
    correct: read.length - wrong.length,
    wrong: wrong.map((f) => `${f.figure.source} = ${f.value} (“${f.written}”)`),
    missed: missed.map((m) => `${m.figure.source}: ${m.reason}`),
  };
}
