import type { EntryCell, EntryForm, EntryIndicator, ValueChange } from "../../api/contract.ts";
import { readCell } from "./cell-check.ts";

/** What the user has typed for a cell (only the fields they touched). */
export interface Draft {
  /** The value box as typed ("1.234,5"), read by `readCell` when saved. */
  readonly input?: string;
  /** A value set directly (taken from the server, or a test); `input` wins when both are set. */
  readonly value?: number | null;
  readonly textValue?: string | null;
  readonly status?: "estimate" | "official";
  readonly note?: string;
  /**
   * The stored version the edit started from, kept with the draft on the device: a value saved
   * by someone else meanwhile is refused by the server, never overwritten.
   */
  readonly baseVersion?: number;
}

/** The key of a cell in the form: indicator and disaggregation. */
export function cellKey(indicator: string, disaggregation: string): string {
  return `${indicator}|${disaggregation}`;
}

/** The test id of a cell's value input: `value-rice_output-total`. */
export function cellTestId(indicator: string, disaggregation: string): string {
  return `${indicator}-${disaggregation === "" ? "total" : disaggregation}`;
}

/** True when the indicator holds text rather than numbers. */
export function isTextual(indicator: EntryIndicator): boolean {
  return indicator.valueType === "string" || indicator.valueType === "text";
}

/** The cell's name in messages: "Sản lượng lúa — Hè Thu" ("Sản lượng lúa" for a total). */
export function cellName(indicator: EntryIndicator, cell: EntryCell): string {
  return cell.disaggregation === "" ? indicator.nameVi : `${indicator.nameVi} — ${cell.labelVi}`;
}

/** Why the typed value cannot be saved, or undefined when it can (or nothing was typed). */
export function cellProblem(
  indicator: EntryIndicator,
  cell: EntryCell,
  draft: Draft | undefined,
): string | undefined {
  if (draft?.input === undefined || isTextual(indicator)) return undefined;
  const reading = readCell(indicator, cellName(indicator, cell), draft.input);
  return reading.ok ? undefined : reading.message;
}

/** The cell as it will be saved: stored fields overlaid with the draft (a bad input: stored). */
export function merged(indicator: EntryIndicator, cell: EntryCell, draft: Draft | undefined) {
  let value = cell.value;
  if (draft?.input !== undefined && !isTextual(indicator)) {
    const reading = readCell(indicator, "", draft.input);
    if (reading.ok) value = reading.value;
  } else if (draft && "value" in draft) value = draft.value ?? null;
  return {
    value,
    textValue: draft && "textValue" in draft ? (draft.textValue ?? null) : cell.textValue,
    status: draft?.status ?? cell.status ?? "official",
    note: draft?.note ?? cell.note,
  };
}

/** True when the draft differs from what is stored. */
export function isChanged(
  indicator: EntryIndicator,
  cell: EntryCell,
  draft: Draft | undefined,
): boolean {
  if (!draft) return false;
  if (cellProblem(indicator, cell, draft)) return true;
  const m = merged(indicator, cell, draft);
  return (
    m.value !== cell.value ||
    (m.textValue ?? "") !== (cell.textValue ?? "") ||
    m.note !== cell.note ||
    (m.status !== (cell.status ?? "official") && (m.value !== null || cell.value !== null))
  );
}

/** Every cell of the form with its indicator, in the form's order. */
export function cellsOf(form: EntryForm) {
  return form.sectors.flatMap((sector) =>
    sector.indicators.flatMap((indicator) => indicator.cells.map((cell) => ({ indicator, cell }))),
  );
}

/** The typed cells that cannot be saved, by cell key, each with its message. */
export function problemsOf(form: EntryForm, drafts: ReadonlyMap<string, Draft>) {
  const problems = new Map<string, string>();
  for (const { indicator, cell } of cellsOf(form)) {
    const key = cellKey(indicator.code, cell.disaggregation);
    const problem = cellProblem(indicator, cell, drafts.get(key));
    if (problem) problems.set(key, problem);
  }
  return problems;
}

/**
 * The changes to send: changed cells that can be saved, each with the version it was typed
 * over. A cell that cannot be saved is left out (it blocks only itself) and keeps its draft.
 */
export function changesOf(form: EntryForm, drafts: ReadonlyMap<string, Draft>): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const { indicator, cell } of cellsOf(form)) {
    const draft = drafts.get(cellKey(indicator.code, cell.disaggregation));
    if (!isChanged(indicator, cell, draft) || cellProblem(indicator, cell, draft)) continue;
    const m = merged(indicator, cell, draft);
    const empty = m.value === null && (m.textValue ?? "") === "";
    changes.push({
      indicator: indicator.code,
      unit: form.unit.code,
      period: form.period,
      disaggregation: cell.disaggregation,
      value: m.value,
      ...(isTextual(indicator) ? { textValue: m.textValue } : {}),
      status: m.status,
      note: m.note,
      expectedVersion: draft?.baseVersion ?? cell.version,
      ...(empty && cell.version > 0 ? { delete: true } : {}),
    });
  }
  return changes;
}
