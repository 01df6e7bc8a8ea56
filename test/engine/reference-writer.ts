/**
 * The engine's write path as it was before the bulk path (commit 39e5ac0), kept as the oracle
 * for the bulk path: one object per value, per audit row and per roll-up delta, written through
 * the repositories' object-at-a-time upserts. Tests run the same batches through both.
 */
import type { Kysely } from "kysely";
import type { Catalogue, Indicator } from "../../src/core/catalogue/index.ts";
import { BaocaoError, isBaocaoError } from "../../src/core/errors.ts";
import {
  type Actor,
  type AuditEntry,
  type DataValueKey,
  type DataValueRecord,
  keyString,
} from "../../src/core/values/index.ts";
import {
  ABSENT,
  mergeDeltas,
  type RolledValue,
  rollupDeltas,
} from "../../src/engine/rollup-deltas.ts";
import type { CheckedInput, ValueInput } from "../../src/engine/value-input.ts";
import { checkValues, type WriteOutcome, type WriteResult } from "../../src/engine/write-values.ts";
import {
  type ClosureRow,
  type Database,
  DataValueRepository,
  type RollupDelta,
  RollupRepository,
  UnitClosureRepository,
  ValueAuditRepository,
} from "../../src/store/index.ts";

/** Writes a batch the old way, in one transaction. */
export async function referenceWrite(
  db: Kysely<Database>,
  catalogue: Catalogue,
  inputs: readonly ValueInput[],
  context: Actor,
): Promise<WriteResult> {
  const checked = checkValues(catalogue, inputs);
  return db.transaction().execute(async (trx) => {
    if (checked.length === 0)
      return { outcomes: [], created: 0, updated: 0, deleted: 0, unchanged: 0 };
    return new BatchWriter(trx, catalogue, context).write(checked);
  });
}

class BatchWriter {
  private readonly raw: DataValueRepository;
  private readonly audit: ValueAuditRepository;
  private readonly stored = new Map<string, DataValueRecord>();
  private readonly versions = new Map<string, number>();
  private readonly closure = new Map<string, ClosureRow[]>();
  /** Indicators weighted by a given indicator, for weighted averages. */
  private readonly weightedBy = new Map<string, Indicator[]>();

  constructor(
    private readonly db: Kysely<Database>,
    catalogue: Catalogue,
    private readonly context: Actor,
  ) {
    this.raw = new DataValueRepository(db);
    this.audit = new ValueAuditRepository(db);
    for (const indicator of catalogue.indicators) {
      const overUnits = indicator.aggregation.overUnits;
      if (overUnits.kind === "weighted_average") {
        this.weightedBy.set(overUnits.weight, [
          ...(this.weightedBy.get(overUnits.weight) ?? []),
          indicator,
        ]);
      }
    }
  }

  async write(checked: readonly CheckedInput[]): Promise<WriteResult> {
    await this.load(checked);
    const outcomes: WriteOutcome[] = [];
    const upserts = new Map<string, DataValueRecord>();
    const deletes: DataValueKey[] = [];
    const audits: AuditEntry[] = [];
    const deltas: RollupDelta[] = [];

    for (const item of checked) {
      const { index } = item;
      const k = keyString(item.key);
      const current = this.stored.get(k);
      const version = current?.version ?? this.versions.get(k) ?? 0;
      const { expectedVersion } = item.input;
      if (expectedVersion !== undefined && expectedVersion !== version)
        throw conflict(item, index, expectedVersion, version, current);
      const ancestors = atIndex(index, () => this.ancestorsOf(item));
      const next = item.input.delete ? undefined : this.record(item, version + 1);
      if (
        next === undefined
          ? current === undefined
          : current !== undefined && sameContent(current, next)
      ) {
        outcomes.push({ key: item.key, action: "unchanged", version });
        continue;
      }
      const weight = this.weightOf(item.indicator, item.key);
      deltas.push(
        ...rollupDeltas(
          item.key,
          rolled(current, weight),
          rolled(next, weight),
          ancestors,
          this.sumsOptions(item.indicator),
        ),
        ...this.dependentDeltas(item, current, next),
      );
      if (next) {
        this.stored.set(k, next);
        upserts.set(k, next);
      } else {
        this.stored.delete(k);
        upserts.delete(k);
        deletes.push(item.key);
      }
      const action = !current ? "create" : next ? "update" : "delete";
      audits.push({
        ...item.key,
        version: version + 1,
        action,
        oldValue: current?.value ?? null,
        newValue: next?.value ?? null,
        oldStatus: current?.status ?? null,
        newStatus: next?.status ?? null,
        at: this.context.at,
        by: this.context.by,
        via: this.context.via,
        note: item.input.note ?? "",
      });
      this.versions.set(k, version + 1);
      outcomes.push({ key: item.key, action, version: version + 1 });
    }

    for (const key of deletes) await this.raw.delete(key);
    await this.raw.upsertMany([...upserts.values()]);
    await this.audit.append(audits);
    await new RollupRepository(this.db).addDeltas(mergeDeltas(deltas));
    const count = (a: WriteOutcome["action"]) => outcomes.filter((o) => o.action === a).length;
    return {
      outcomes,
      created: count("create"),
      updated: count("update"),
      deleted: count("delete"),
      unchanged: count("unchanged"),
    };
  }

  /** Reads what the batch touches: stored values (with weights and weighted ones), versions, ancestry. */
  private async load(checked: readonly CheckedInput[]): Promise<void> {
    const units = unique(checked.map((c) => c.key.unitCode));
    const periods = unique(checked.map((c) => c.key.period));
    const indicators = unique(
      checked.flatMap((c) => {
        const overUnits = c.indicator.aggregation.overUnits;
        const weight = overUnits.kind === "weighted_average" ? [overUnits.weight] : [];
        return [
          c.indicator.code,
          ...weight,
          ...(this.weightedBy.get(c.indicator.code) ?? []).map((i) => i.code),
        ];
      }),
    );
    const filter = { unitCodes: units, periods, indicatorCodes: indicators };
    for (const record of await this.raw.list(filter)) this.stored.set(keyString(record), record);
    // A stored value carries its version; only keys without one (new or deleted) need the audit trail.
    const absent = checked.filter((c) => !this.stored.has(keyString(c.key)));
    if (absent.length > 0) {
      const narrowed = {
        unitCodes: unique(absent.map((c) => c.key.unitCode)),
        periods: unique(absent.map((c) => c.key.period)),
        indicatorCodes: unique(absent.map((c) => c.key.indicatorCode)),
      };
      for (const [k, v] of await this.audit.latestVersions(narrowed)) this.versions.set(k, v);
    }
    for (const row of await new UnitClosureRepository(this.db).forUnits(units)) {
      this.closure.set(row.unitCode, [...(this.closure.get(row.unitCode) ?? []), row]);
    }
  }

  private record(item: CheckedInput, version: number): DataValueRecord {
    const { input } = item;
    return {
      ...item.key,
      value: input.value,
      textValue: input.textValue ?? null,
      status: input.status ?? "official",
      note: input.note ?? "",
      source: input.source ?? "",
      version,
      updatedAt: this.context.at,
      updatedBy: this.context.by,
    };
  }

  /** The units a value counts towards in its month: itself, then its ancestors of that month. */
  private ancestorsOf(item: CheckedInput): string[] {
    const { unitCode, period } = item.key;
    const rows = this.closure.get(unitCode);
    if (!rows) {
      throw new BaocaoError("value.unknown_unit", `Không có đơn vị mã "${unitCode}".`, {
        field: "unit",
        unit: unitCode,
      });
    }
    const inMonth = rows
      .filter((r) => r.fromPeriod <= period && period < r.toPeriod)
      .sort((a, b) => a.depth - b.depth);
    if (inMonth.length === 0) {
      throw new BaocaoError(
        "value.unit_not_valid",
        `Đơn vị "${unitCode}" không tồn tại trong tháng ${period} (chưa thành lập hoặc đã sáp nhập, giải thể).`,
        {
          field: "unit",
          unit: unitCode,
          period,
        },
      );
    }
    const codes = inMonth.map((r) => r.ancestorCode);
    return item.indicator.aggregation.overUnits.kind === "none" ? codes.slice(0, 1) : codes;
  }

  private sumsOptions(indicator: Indicator): boolean {
    return (
      indicator.disaggregations.length > 0 &&
      indicator.disaggregations.every((d) => d.totalRule === "sum")
    );
  }

  /** The weight paired with a value of a weighted-average indicator (0 when none is stored). */
  private weightOf(indicator: Indicator, key: DataValueKey): number {
    const overUnits = indicator.aggregation.overUnits;
    if (overUnits.kind !== "weighted_average") return 0;
    return this.stored.get(keyString({ ...key, indicatorCode: overUnits.weight }))?.value ?? 0;
  }

  /** When a weight changes, the weighted sums of the values it weights change with it. */
  private dependentDeltas(
    item: CheckedInput,
    current?: DataValueRecord,
    next?: DataValueRecord,
  ): RollupDelta[] {
    const oldWeight = current?.value ?? 0;
    const newWeight = next?.value ?? 0;
    if (oldWeight === newWeight) return [];
    return (this.weightedBy.get(item.indicator.code) ?? []).flatMap((dependent) => {
      const key = { ...item.key, indicatorCode: dependent.code };
      const stored = this.stored.get(keyString(key));
      if (!stored || stored.value === null) return [];
      const ancestors = this.ancestorsOf({ ...item, key, indicator: dependent });
      return rollupDeltas(
        key,
        rolled(stored, oldWeight),
        rolled(stored, newWeight),
        ancestors,
        this.sumsOptions(dependent),
      );
    });
  }
}

function rolled(record: DataValueRecord | undefined, weight: number): RolledValue {
  if (!record || record.value === null) return ABSENT;
  return { value: record.value, estimate: record.status === "estimate", weight };
}

function sameContent(a: DataValueRecord, b: DataValueRecord): boolean {
  return (
    a.value === b.value &&
    a.textValue === b.textValue &&
    a.status === b.status &&
    a.note === b.note &&
    a.source === b.source
  );
}

function conflict(
  item: CheckedInput,
  index: number,
  expected: number,
  actual: number,
  current?: DataValueRecord,
): BaocaoError {
  const shown = current
    ? `giá trị hiện tại là ${current.value ?? current.textValue ?? "trống"} (${current.updatedBy}, ${current.updatedAt})`
    : "số liệu đã bị xoá";
  return new BaocaoError(
    "value.conflict",
    `Số liệu ${item.key.indicatorCode} của ${item.key.unitCode} kỳ ${item.key.period} vừa được người khác cập nhật: ${shown}. Hãy xem lại rồi nhập lại.`,
    {
      index,
      ...item.key,
      expectedVersion: expected,
      currentVersion: actual,
      current: current ?? null,
    },
  );
}

/** Runs `work`, adding the input's index to a domain error so importers can name the row. */
function atIndex<T>(index: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isBaocaoError(error) && error.details.index === undefined) {
      throw new BaocaoError(error.code, error.message, { ...error.details, index });
    }
    throw error;
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
