/**
 * The oracle of the engine's write path: what the values and audit tables must hold after a
 * sequence of batches, computed by applying each batch to two plain maps — no SQL, no roll-ups,
 * no chunks. (The roll-ups are checked against a rebuild from the raw values instead.)
 */
import type { Catalogue } from "../../src/core/catalogue/index.ts";
import { type Actor, keyString } from "../../src/core/values/index.ts";
import type { CheckedInput, ValueInput } from "../../src/engine/value-input.ts";
import { checkValues } from "../../src/engine/write-values.ts";
import type { DataValueTable, ValueAuditTable } from "../../src/store/schema.ts";

/** What a batch did: the counts and versions, or the code and input index of its first error. */
export type ModelResult =
  | readonly [number, number, number, number, readonly unknown[]]
  | readonly [string, unknown];

/** The two tables, kept as the write path must keep them. */
export class ValueModel {
  private readonly values = new Map<string, DataValueTable>();
  private readonly audit: ValueAuditTable[] = [];
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly catalogue: Catalogue,
    /** Whether a unit exists in a month (a value for a unit that does not is refused). */
    private readonly unitExists: (unit: string, period: string) => boolean,
  ) {}

  /** Applies a batch all or nothing, as the engine does, and says what happened. */
  apply(batch: readonly ValueInput[], actor: Actor): ModelResult {
    let checked: CheckedInput[];
    try {
      checked = checkValues(this.catalogue, batch);
    } catch (error) {
      const { code, details } = error as { code: string; details: { index?: number } };
      return [code, details.index];
    }
    const values = new Map(this.values);
    const versions = new Map(this.versions);
    const audit: ValueAuditTable[] = [];
    const counts = { create: 0, update: 0, delete: 0, unchanged: 0 };
    const outcomes: unknown[] = [];
    for (const { index, input, key } of checked) {
      const k = keyString(key);
      const current = values.get(k);
      const version = current?.version ?? versions.get(k) ?? 0;
      if (input.expectedVersion !== undefined && input.expectedVersion !== version)
        return ["value.conflict", index];
      if (!this.unitExists(key.unitCode, key.period)) return ["value.unit_not_valid", index];
      const removing = input.delete === true;
      const status = input.status ?? "official";
      const same =
        current !== undefined &&
        current.value === input.value &&
        current.text_value === (input.textValue ?? null) &&
        current.status === status &&
        current.note === (input.note ?? "") &&
        current.source === (input.source ?? "");
      if (removing ? current === undefined : same) {
        counts.unchanged++;
        outcomes.push({ key, action: "unchanged", version });
        continue;
      }
      const action = !current ? "create" : removing ? "delete" : "update";
      const next = version + 1;
      const row = {
        indicator_code: key.indicatorCode,
        unit_code: key.unitCode,
        period: key.period,
        disaggregation: key.disaggregation,
      };
      if (removing) values.delete(k);
      else
        values.set(k, {
          ...row,
          value: input.value,
          text_value: input.textValue ?? null,
          status,
          note: input.note ?? "",
          source: input.source ?? "",
          version: next,
          updated_at: actor.at,
          updated_by: actor.by,
        });
      audit.push({
        ...row,
        version: next,
        action,
        old_value: current?.value ?? null,
        new_value: removing ? null : input.value,
        old_status: current?.status ?? null,
        new_status: removing ? null : status,
        at: actor.at,
        by: actor.by,
        via: actor.via,
        note: input.note ?? "",
      });
      versions.set(k, next);
      counts[action]++;
      outcomes.push({ key, action, version: next });
    }
    this.values.clear();
    for (const [k, v] of values) this.values.set(k, v);
    for (const [k, v] of versions) this.versions.set(k, v);
    this.audit.push(...audit);
    return [counts.create, counts.update, counts.delete, counts.unchanged, outcomes];
  }

  /** The tables in key order, as `snapshot` reads them from the database. */
  tables(): { values: DataValueTable[]; audit: ValueAuditTable[] } {
    return {
      values: [...this.values.values()].sort(byKey),
      audit: [...this.audit].sort((a, b) => byKey(a, b) || a.version - b.version),
    };
  }
}

type Keyed = Pick<DataValueTable, "indicator_code" | "unit_code" | "period" | "disaggregation">;

/** Orders rows by key, comparing code units (as SQLite does, and whatever PostgreSQL's collation). */
export function byKey(a: Keyed, b: Keyed): number {
  for (const column of ["indicator_code", "unit_code", "period", "disaggregation"] as const) {
    if (a[column] !== b[column]) return a[column] < b[column] ? -1 : 1;
  }
  return 0;
}
