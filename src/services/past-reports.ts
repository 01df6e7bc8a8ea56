import type { Engine } from "../engine/index.ts";
import {
  type AssembledValues,
  assembleValues,
  checkFigures,
  type ExtractedReport,
  extractReport,
  extractSummary,
  type FigureCheck,
  type KnownKey,
  type KnownValues,
  neededByChecks,
  neededKnownValues,
} from "../extract/index.ts";
import type { Template } from "../report/index.ts";

/** Past reports of one unit and period, as text, with the template they were written from. */
export interface PastReports {
  readonly template: Template;
  readonly unit: string;
  readonly period: string;
  readonly files: readonly { readonly file: string; readonly text: string }[];
}

/** What past reports give: the values (and targets) to import, the checks, and a summary. */
export interface PastReportsRead {
  readonly reports: readonly ExtractedReport[];
  readonly assembled: AssembledValues;
  readonly checks: readonly FigureCheck[];
  /** What was found, what was not and why, in Vietnamese lines. */
  readonly summary: readonly string[];
}

/**
 * Reads past reports back into values (issue 20): each file aligned with the template, the
 * figures that can be inverted turned into values — year-to-date figures with the months before
 * from the database, only when it holds every one of them — and the others checked against what
 * was read and what the database answers. One home for `baocao extract` and the web page.
 */
export async function readPastReports(engine: Engine, past: PastReports): Promise<PastReportsRead> {
  const reports = past.files.map(({ file, text }) =>
    extractReport({
      template: past.template,
      text,
      file,
      unit: past.unit,
      period: past.period,
      catalogue: engine.catalogue,
    }),
  );
  const known = await knownFromDatabase(engine, neededKnownValues(reports));
  const assembled = assembleValues(reports, known);
  const where = { catalogue: engine.catalogue, unit: past.unit, period: past.period };
  const stored = await databaseAnswers(engine, neededByChecks(reports, where));
  const checks = checkFigures(reports, { ...where, known: stored });
  return { reports, assembled, checks, summary: extractSummary(reports, assembled, checks) };
}

/**
 * The year to date of the month before, from the months the database holds — only when it holds
 * every one of them: the engine's own year to date skips missing months, and a month taken away
 * from a partial sum would be wrong, not missing.
 */
async function knownFromDatabase(
  engine: Engine,
  keys: ReturnType<typeof neededKnownValues>,
): Promise<KnownValues> {
  const id = (k: { indicator: string; unit: string; period: string; disaggregation: string }) =>
    `${k.indicator}|${k.unit}|${k.period}|${k.disaggregation}`;
  const monthly = new Map<string, number>();
  const wanted = new Map<string, { unit: string; period: string; sources: Set<string> }>();
  const sourceOf = (k: { indicator: string; disaggregation: string }) =>
    k.disaggregation ? `${k.indicator}[${k.disaggregation}]` : k.indicator;
  const monthsBefore = (period: string) => {
    const [year, month] = period.split("-").map(Number) as [number, number];
    return Array.from({ length: month }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  };
  for (const key of keys)
    for (const period of monthsBefore(key.period)) {
      const at = `${key.unit}|${period}`;
      const entry = wanted.get(at) ?? { unit: key.unit, period, sources: new Set<string>() };
      entry.sources.add(sourceOf(key));
      wanted.set(at, entry);
    }
  for (const { unit, period, sources } of wanted.values()) {
    const answers = await engine.evaluate({ unit, period, sources: [...sources] });
    for (const a of answers)
      if (typeof a.value === "number") monthly.set(`${unit}|${period}|${a.source}`, a.value);
  }
  const ytd = new Map<string, number>();
  for (const key of keys) {
    let sum = 0;
    let complete = true;
    for (const period of monthsBefore(key.period)) {
      const v = monthly.get(`${key.unit}|${period}|${sourceOf(key)}`);
      if (v === undefined) complete = false;
      else sum += v;
    }
    if (complete) ytd.set(id(key), Number(sum.toPrecision(12)));
  }
  // Month by month too, so that a figure held back names the months the database lacks.
  return (key) =>
    key.ytd ? ytd.get(id(key)) : monthly.get(`${key.unit}|${key.period}|${sourceOf(key)}`);
}

/** What the database answers for the values the checks need (last year's, mostly), as the engine computes them. */
async function databaseAnswers(
  engine: Engine,
  keys: ReturnType<typeof neededByChecks>,
): Promise<KnownValues> {
  const text = (k: KnownKey) => {
    const base = k.disaggregation ? `${k.indicator}[${k.disaggregation}]` : k.indicator;
    if (k.target) return `target(${base}, ${k.target})`;
    return k.ytd ? `ytd(${base})` : base;
  };
  const values = new Map<string, number>();
  for (const key of keys) {
    const [answer] = await engine.evaluate({
      unit: key.unit,
      period: key.period,
      sources: [text(key)],
    });
    if (typeof answer?.value === "number")
      values.set(`${key.unit}|${key.period}|${text(key)}`, answer.value);
  }
  return (key) => values.get(`${key.unit}|${key.period}|${text(key)}`);
}
