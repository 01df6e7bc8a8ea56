import { formatNumber } from "../core/numbers/index.ts";
import { formatPeriodId, parsePeriod } from "../core/periods/index.ts";
import type { ExtractedReport, FoundFigure } from "./extract-report.ts";
import { inversionKey } from "./invert.ts";

/** Where a value is stored: what `baocao import` needs besides the number. */
export interface ValueKey {
  readonly indicator: string;
  readonly unit: string;
  readonly period: string;
  /** `set=option`, or "" for the total. */
  readonly disaggregation: string;
}

/**
 * A value already known (in the database, or given): with `ytd` its year to date, with `target`
 * the target of that kind for the period's year.
 */
export type KnownValues = (key: KnownKey) => number | undefined;

/** What a KnownValues lookup names. */
export type KnownKey = ValueKey & { readonly ytd?: boolean; readonly target?: string };

/** A value recovered from past reports, ready to import (status official). */
export interface RecoveredValue extends ValueKey {
  readonly value: number;
  readonly confidence: number;
  /** Names the file and the sentence the value was read from. */
  readonly note: string;
  readonly figures: readonly FoundFigure[];
}

/** A target recovered from a report ("… đạt 56,59% kế hoạch" gives none; "4,836/4,985 tỷ" does). */
export interface RecoveredTarget {
  readonly indicator: string;
  readonly unit: string;
  readonly year: number;
  readonly kind: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly confidence: number;
  readonly note: string;
}

/** A figure read but not turned into a value, and why. */
export interface HeldBack {
  readonly figure: FoundFigure;
  readonly reason: string;
}

/** What the reports give, gathered: values, targets, and figures held back. */
export interface AssembledValues {
  readonly values: readonly RecoveredValue[];
  readonly targets: readonly RecoveredTarget[];
  readonly heldBack: readonly HeldBack[];
}

/** The note of a value: the file and the sentence, so a reviewer can find it in the report. */
export function sourceNote(figure: FoundFigure): string {
  const sentence =
    figure.sentence.length > 160 ? `${figure.sentence.slice(0, 159)}…` : figure.sentence;
  const confidence = formatNumber(figure.confidence, { decimals: 2 });
  return `Trích từ ${figure.file}: “${sentence}” (ghi “${figure.written}”, độ tin cậy ${confidence})`;
}

/** The month's own value of a year-to-date figure, or why it cannot be had. */
function monthOfYtd(
  figure: FoundFigure,
  key: ValueKey,
  known: KnownValues,
): { value: number } | { reason: string } {
  if (figure.inversion.kind !== "value") return { reason: "không phải số liệu" };
  const rule = figure.inversion.overTime;
  if (rule === "last") return { value: figure.value };
  if (rule !== "sum")
    return { reason: `lũy kế theo quy tắc “${rule}” không suy ngược ra số của tháng được` };
  const period = parsePeriod(key.period);
  if (period.type !== "month") return { reason: "lũy kế chỉ suy ngược được theo tháng" };
  if (period.index === 1) return { value: figure.value };
  const month = (m: number) =>
    formatPeriodId(parsePeriod(`${period.year}-${String(m).padStart(2, "0")}`));
  // The year to date of the month before, else the earlier months one by one.
  let earlier = known({ ...key, period: month(period.index - 1), ytd: true });
  if (earlier === undefined) {
    earlier = 0;
    const missing: number[] = [];
    for (let m = 1; m < period.index; m++) {
      const v = known({ ...key, period: month(m) });
      if (v === undefined) missing.push(m);
      else earlier += v;
    }
    if (missing.length > 0)
      return {
        reason: `lũy kế từ đầu năm: thiếu số liệu tháng ${missing.join(", ")} để suy ra số của tháng ${period.index}`,
      };
  }
  return { value: Number((figure.value - earlier).toPrecision(12)) };
}

/**
 * Turns figures read from reports into values and targets. A year-to-date figure gives the
 * month's value when the earlier months are known (January's is the month itself); a stock
 * (`last`) is the month's value. Two figures that say different things about one value are
 * both held back: which one is right is for a person to say.
 */
export function assembleValues(
  reports: readonly ExtractedReport[],
  known: KnownValues = () => undefined,
): AssembledValues {
  const heldBack: HeldBack[] = [];
  const byKey = new Map<string, { key: ValueKey; value: number; figures: FoundFigure[] }>();
  const targets = new Map<
    string,
    { target: Omit<RecoveredTarget, "note" | "confidence">; figures: FoundFigure[] }
  >();
  const conflicts = new Set<string>();
  const add = (id: string, key: ValueKey, value: number, figure: FoundFigure) => {
    const seen = byKey.get(id);
    if (!seen) byKey.set(id, { key, value, figures: [figure] });
    else {
      if (!sameNumber(seen.value, value)) conflicts.add(id);
      seen.figures.push(figure);
    }
  };
  for (const figure of reports.flatMap((r) => r.found)) {
    const inv = figure.inversion;
    if (inv.kind === "check") continue;
    if (inv.kind === "target") {
      const id = inversionKey(inv) as string;
      const seen = targets.get(id);
      if (seen && !sameNumber(seen.target.value, figure.value)) conflicts.add(id);
      if (seen) seen.figures.push(figure);
      else
        targets.set(id, {
          target: {
            indicator: inv.indicator,
            unit: inv.unit,
            year: inv.year,
            kind: inv.targetKind,
            disaggregation: inv.disaggregation,
            value: figure.value,
          },
          figures: [figure],
        });
      continue;
    }
    const key: ValueKey = {
      indicator: inv.indicator,
      unit: inv.unit,
      period: inv.period,
      disaggregation: inv.disaggregation,
    };
    const month = inv.ytd ? monthOfYtd(figure, key, known) : { value: figure.value };
    if ("reason" in month) {
      heldBack.push({ figure, reason: month.reason });
      continue;
    }
    add(
      `${key.indicator}|${key.unit}|${key.period}|${key.disaggregation}`,
      key,
      month.value,
      figure,
    );
  }
  const values: RecoveredValue[] = [];
  for (const [id, entry] of byKey) {
    if (conflicts.has(id)) {
      for (const figure of entry.figures)
        heldBack.push({ figure, reason: "các câu cho số khác nhau về cùng một số liệu" });
      continue;
    }
    const first = entry.figures[0] as FoundFigure;
    values.push({
      ...entry.key,
      value: entry.value,
      confidence: Math.max(...entry.figures.map((f) => f.confidence)),
      note: sourceNote(first),
      figures: entry.figures,
    });
  }
  const recoveredTargets: RecoveredTarget[] = [];
  for (const [id, entry] of targets) {
    const first = entry.figures[0] as FoundFigure;
    if (conflicts.has(id)) {
      for (const figure of entry.figures)
        heldBack.push({ figure, reason: "các câu cho số khác nhau về cùng một chỉ tiêu giao" });
      continue;
    }
    recoveredTargets.push({
      ...entry.target,
      confidence: Math.max(...entry.figures.map((f) => f.confidence)),
      note: sourceNote(first),
    });
  }
  return { values, targets: recoveredTargets, heldBack };
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * What assembleValues asks `known` first: the year to date of the month before, for every
 * year-to-date figure read (a caller with a database looks these up before assembling).
 */
export function neededKnownValues(
  reports: readonly ExtractedReport[],
): (ValueKey & { readonly ytd: true })[] {
  const keys = new Map<string, ValueKey & { readonly ytd: true }>();
  for (const f of reports.flatMap((r) => r.found)) {
    const inv = f.inversion;
    if (inv.kind !== "value" || !inv.ytd) continue;
    const period = parsePeriod(inv.period);
    if (period.type !== "month" || period.index === 1) continue;
    const before = `${period.year}-${String(period.index - 1).padStart(2, "0")}`;
    const key = {
      indicator: inv.indicator,
      unit: inv.unit,
      disaggregation: inv.disaggregation,
      period: before,
      ytd: true as const,
    };
    keys.set(`${key.indicator}|${key.unit}|${key.period}|${key.disaggregation}`, key);
  }
  return [...keys.values()];
}
