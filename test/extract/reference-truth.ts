import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_TEMPLATE } from "../../src/cli/compose-for-cli.ts";
import { Engine } from "../../src/engine/index.ts";
import {
  type ExtractedReport,
  extractReport,
  type FoundFigure,
  type KnownValues,
  type ValueKey,
} from "../../src/extract/index.ts";
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
import { loadReferenceDataset } from "../dataset/load-dataset.ts";

/** The reference report as plain text (the real August 2023 report of Ngã Năm). */
export const REFERENCE_TEXT = readFileSync(
  join(import.meta.dirname, "../fixtures/reference/bao-cao-thang-8-2023.txt"),
  "utf8",
);
export const UNIT = "NGA_NAM";
export const PERIOD = "2023-08";

/** The reference dataset loaded, its template, and the report it composes: the truth to compare with. */
export interface ReferenceTruth {
  readonly store: Store;
  readonly engine: Engine;
  readonly template: Template;
  /** The composed figure of each template figure, by the template figure's index. */
  readonly composed: readonly FigureRun[];
  /** Values of the dataset (any unit, month, option), as the engine answers them. */
  readonly known: (keys: readonly (ValueKey & { ytd?: boolean })[]) => Promise<KnownValues>;
}

/** Opens an SQLite store in memory with the reference dataset and composes the reference report. */
export async function referenceTruth(): Promise<ReferenceTruth> {
  const store = await openStore({ engine: "sqlite", path: ":memory:" });
  await migrateToLatest(store);
  const engine = await Engine.open(store);
  await loadReferenceDataset(engine);
  const template = parseTemplate(readFileSync(DEFAULT_TEMPLATE, "utf8"));
  const report = await composeReport(engine, { template, unit: UNIT, period: PERIOD });
  const composed = allRuns(
    report.blocks,
    report.footnotes.map((f) => f.runs),
  ).filter((r): r is FigureRun => r.kind === "figure");
  const known = async (keys: readonly (ValueKey & { ytd?: boolean })[]): Promise<KnownValues> => {
    const values = new Map<string, number>();
    for (const key of keys) {
      const base = key.disaggregation ? `${key.indicator}[${key.disaggregation}]` : key.indicator;
      const source = key.ytd ? `ytd(${base})` : base;
      const [answer] = await engine.evaluate({
        unit: key.unit,
        period: key.period,
        sources: [source],
      });
      if (typeof answer?.value === "number") values.set(keyText(key), answer.value);
    }
    return (key) => values.get(keyText(key));
  };
  return { store, engine, template, composed, known };
}

const keyText = (k: ValueKey & { ytd?: boolean }) =>
  `${k.indicator}|${k.unit}|${k.period}|${k.disaggregation}|${k.ytd ? "ytd" : ""}`;

/** Extracts a text against the reference template for Ngã Năm, August 2023. */
export function extractReference(truth: ReferenceTruth, text: string, file = "bao-cao.txt") {
  return extractReport({
    template: truth.template,
    text,
    file,
    unit: UNIT,
    period: PERIOD,
    catalogue: truth.engine.catalogue,
  });
}

/** True when a read figure is the dataset's figure as the report writes it (same precision). */
export function isTrue(truth: ReferenceTruth, found: FoundFigure): boolean {
  const run = truth.composed[found.figure.index];
  if (!run || typeof run.value !== "number") return false;
  const format = parseFigureFormat(found.figure.format);
  const dong = found.inversion.dongPerUnit;
  return formatFigure(found.value, format, dong) === formatFigure(run.value, format, dong);
}

/** Figures whose expression can be run backwards (a value or a target), found or not. */
export function invertible(report: ExtractedReport): FoundFigure[] {
  return report.found.filter((f) => f.inversion.kind !== "check");
}
