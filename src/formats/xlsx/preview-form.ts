import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import { formatPeriodId, parsePeriod } from "../../core/periods/index.ts";
import { filingMonth } from "../../core/regimes/index.ts";
import { type DataValueRecord, keyString } from "../../core/values/index.ts";
import { type Engine, parseDisaggregationKey, type ValueInput } from "../../engine/index.ts";
import { describeLocation } from "../located-error.ts";
import type { FormEntry } from "./read-form.ts";

/** What an uploaded line would do: a new value, a change (old → new), nothing, or a conflict. */
export interface FormChange {
  readonly cell: string;
  readonly unit: string;
  readonly period: string;
  readonly indicator: string;
  /** The indicator's name, for people. */
  readonly nameVi: string;
  readonly disaggregation: string;
  readonly kind: "new" | "changed" | "unchanged" | "conflict";
  /** The value stored now (for a conflict: the newer value someone saved since). */
  readonly stored: number | string | null;
  /** The value in the workbook. */
  readonly uploaded: number | string | null;
  /** For a conflict: who saved the newer value, and when. */
  readonly storedBy?: string;
  readonly storedAt?: string;
}

/** The preview of an upload and the writes confirming it would make. */
export interface FormPreview {
  readonly changes: readonly FormChange[];
  /** New and changed values, each with the version the workbook was made from. */
  readonly inputs: readonly ValueInput[];
  /** The cell of each input, to locate an error of the write. */
  readonly cells: readonly string[];
}

/** The month a sheet's values are kept in: its month, or a longer period's last month. */
function keptMonthId(period: string): string {
  return formatPeriodId(filingMonth(parsePeriod(period)));
}

/**
 * Compares an uploaded form with the database: a line the user edited becomes a write when the
 * stored value is still the version the workbook was made from, and a conflict when someone has
 * saved since (never overwritten); a line not edited changes nothing.
 */
export async function previewFormUpload(
  engine: Engine,
  entries: readonly FormEntry[],
): Promise<FormPreview> {
  const stored = new Map<string, DataValueRecord>();
  const groups = new Map<string, FormEntry[]>();
  for (const e of entries) {
    const k = `${e.unit}|${keptMonthId(e.period)}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const versions = new Map<string, number>();
  for (const group of groups.values()) {
    const filter = {
      unitCodes: [group[0]?.unit as string],
      periods: [keptMonthId(group[0]?.period as string)],
      indicatorCodes: [...new Set(group.map((e) => e.indicator))],
    };
    for (const record of await engine.storedValues(filter)) stored.set(keyString(record), record);
    for (const [k, v] of await engine.auditedVersions(filter)) versions.set(k, v);
  }
  const changes: FormChange[] = [];
  const inputs: ValueInput[] = [];
  const cells: string[] = [];
  for (const e of entries) {
    const key = keyString({
      indicatorCode: e.indicator,
      unitCode: e.unit,
      period: keptMonthId(e.period),
      disaggregation: e.disaggregation,
    });
    const current = stored.get(key);
    const version = current?.version ?? versions.get(key) ?? 0;
    const now = current ? (current.value ?? current.textValue) : null;
    const edited =
      e.value !== null &&
      (e.value !== e.made.value ||
        (e.status ?? "official") !== (e.made.status ?? "official") ||
        e.note !== e.made.note);
    const base = {
      cell: e.cell,
      unit: e.unit,
      period: e.period,
      indicator: e.indicator,
      nameVi: engine.catalogue.byCode.get(e.indicator)?.nameVi ?? e.indicator,
      disaggregation: e.disaggregation,
      stored: now,
      uploaded: e.value,
    };
    if (!edited) {
      changes.push({ ...base, kind: "unchanged" });
      continue;
    }
    if (version !== e.made.version) {
      changes.push({
        ...base,
        kind: "conflict",
        ...(current ? { storedBy: current.updatedBy, storedAt: current.updatedAt } : {}),
      });
      continue;
    }
    const same =
      current !== undefined &&
      now === e.value &&
      current.status === (e.status ?? "official") &&
      current.note === e.note;
    changes.push({ ...base, kind: same ? "unchanged" : current ? "changed" : "new" });
    if (same) continue;
    cells.push(e.cell);
    // A quarter's sheet writes the quarter (`2023-Q3`): the engine keeps it in the last month,
    // and refuses it when the unit no longer files that indicator by quarter.
    inputs.push({
      indicator: e.indicator,
      unit: e.unit,
      period: e.period,
      disaggregation: parseDisaggregationKey(e.disaggregation),
      value: typeof e.value === "number" ? e.value : null,
      ...(typeof e.value === "string" ? { textValue: e.value } : {}),
      status: e.status ?? "official",
      note: e.note,
      source: "xlsx",
      expectedVersion: version,
    });
  }
  return { changes, inputs, cells };
}

/**
 * Writes the new and changed values of a preview in one transaction, each with the version the
 * workbook was made from (a value saved between preview and confirm is refused, not
 * overwritten); an engine error names the cell.
 */
export async function confirmFormUpload(
  engine: Engine,
  preview: FormPreview,
  file: string,
  by: string,
): Promise<void> {
  if (preview.inputs.length === 0) return;
  try {
    await engine.write(preview.inputs, { by, via: "import" });
  } catch (error) {
    if (!isBaocaoError(error) || typeof error.details.index !== "number") throw error;
    const cell = preview.cells[error.details.index];
    if (!cell) throw error;
    const problem = { file, field: cell, code: error.code, message: error.message };
    throw new BaocaoError(error.code, `${describeLocation(problem)}: ${error.message}`, {
      ...error.details,
      problems: [problem],
    });
  }
}
