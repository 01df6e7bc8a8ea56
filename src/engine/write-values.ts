import type { Kysely } from "kysely";
import type { Catalogue, Indicator } from "../core/catalogue/index.ts";
import {
  type Actor,
  type DataValueKey,
  type DataValueRecord,
  keyString,
} from "../core/values/index.ts";
import { type Database, RollupRepository } from "../store/index.ts";
import { ABSENT, DeltaSums, type RolledValue } from "./rollup-deltas.ts";
import { type CheckedInput, checkValueInput, type ValueInput } from "./value-input.ts";
import { ChunkWrites, WorkQueue, yieldToIo } from "./write-chunk.ts";
import { atIndex, conflict, rejectDuplicates } from "./write-errors.ts";
import { BatchReads } from "./write-reads.ts";

/** What happened to one input. */
export interface WriteOutcome {
  readonly key: DataValueKey;
  readonly action: "create" | "update" | "delete" | "unchanged";
  /** The value's version after the write. */
  readonly version: number;
}

/** Outcomes in input order, and how many of each kind. */
export interface WriteResult {
  readonly outcomes: readonly WriteOutcome[];
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
}

/**
 * Writes a batch of values in one transaction: raw values, one audit row per change and the
 * roll-ups of every ancestor. All or nothing: the first bad input or stale version aborts the
 * whole batch, and its error carries the input's `index`.
 */
export async function writeValues(
  db: Kysely<Database>,
  catalogue: Catalogue,
  inputs: readonly ValueInput[],
  context: Actor,
): Promise<WriteResult> {
  return db.transaction().execute((trx) => writeValuesIn(trx, catalogue, inputs, context));
}

/** The same, inside a transaction the caller holds (an import that writes more than values). */
export async function writeValuesIn(
  trx: Kysely<Database>,
  catalogue: Catalogue,
  inputs: readonly ValueInput[],
  context: Actor,
): Promise<WriteResult> {
  return writeChecked(trx, catalogue, checkValues(catalogue, inputs), context);
}

/** Checks every input of a batch against the catalogue and refuses a key written twice. */
export function checkValues(catalogue: Catalogue, inputs: readonly ValueInput[]): CheckedInput[] {
  const checked = inputs.map((input, index) =>
    atIndex(index, () => checkValueInput(catalogue, input, index)),
  );
  rejectDuplicates(checked);
  return checked;
}

/**
 * Writes checked inputs (all of a batch or a slice of it) inside the caller's transaction. With
 * `deferred`, the roll-ups above the values' own units are added there for the caller to write
 * once at the end (an import: the shared aggregates of towns and provinces are then locked only
 * by its last statement, not from its first chunk on).
 */
export async function writeChecked(
  trx: Kysely<Database>,
  catalogue: Catalogue,
  checked: readonly CheckedInput[],
  context: Actor,
  deferred?: DeltaSums,
): Promise<WriteResult> {
  if (checked.length === 0)
    return { outcomes: [], created: 0, updated: 0, deleted: 0, unchanged: 0 };
  return new BatchWriter(trx, catalogue, context).write(checked, deferred);
}

/**
 * Inputs worked out before their writes are queued: large enough that a statement's overhead
 * is small, small enough that the server has the first chunk while the engine works on the next.
 */
const CHUNK = 4000;

class BatchWriter {
  private readonly reads: BatchReads;
  /** Indicators weighted by a given indicator, for weighted averages. */
  private readonly weightedBy = new Map<string, Indicator[]>();
  /** Indicators whose stored values other values of the batch read (weights and weighted ones). */
  private readonly reread = new Set<string>();

  constructor(
    private readonly db: Kysely<Database>,
    catalogue: Catalogue,
    private readonly context: Actor,
  ) {
    for (const indicator of catalogue.indicators) {
      const overUnits = indicator.aggregation.overUnits;
      if (overUnits.kind === "weighted_average") {
        this.weightedBy.set(overUnits.weight, [
          ...(this.weightedBy.get(overUnits.weight) ?? []),
          indicator,
        ]);
        this.reread.add(overUnits.weight).add(indicator.code);
      }
    }
    this.reads = new BatchReads(db, this.weightedBy);
  }

  async write(checked: readonly CheckedInput[], deferred?: DeltaSums): Promise<WriteResult> {
    const keys = checked.map((c) => keyString(c.key));
    await this.reads.load(checked, keys);
    const outcomes: WriteOutcome[] = [];
    const counts = { create: 0, update: 0, delete: 0, unchanged: 0 };
    const queue = new WorkQueue();
    // Aggregates above the values' own units are hit by every chunk: added up over the whole
    // batch and written once at the end. A batch of one chunk (a form's edit) adds its own units'
    // differences to the same sums, so that all its roll-ups go in one statement.
    const above = deferred ?? new DeltaSums();
    const single = !deferred && checked.length <= CHUNK;
    try {
      for (let start = 0; start < checked.length && !queue.failed; start += CHUNK) {
        const chunk = new ChunkWrites(single ? above : new DeltaSums());
        const end = Math.min(checked.length, start + CHUNK);
        for (let i = start; i < end; i++) {
          const outcome = this.writeOne(
            checked[i] as CheckedInput,
            keys[i] as string,
            chunk,
            above,
          );
          counts[outcome.action]++;
          outcomes.push(outcome);
        }
        queue.push(() => chunk.flush(this.db));
        if (end < checked.length) await yieldToIo();
      }
    } catch (error) {
      await queue.settle();
      throw error;
    }
    if (!single && !deferred && above.size > 0)
      queue.push(() => new RollupRepository(this.db).addDeltaColumns(above.columns));
    await queue.finish();
    return {
      outcomes,
      created: counts.create,
      updated: counts.update,
      deleted: counts.delete,
      unchanged: counts.unchanged,
    };
  }

  /** Checks one input's version, then adds its value, audit row and roll-up changes to the writes. */
  private writeOne(
    item: CheckedInput,
    k: string,
    chunk: ChunkWrites,
    above: DeltaSums,
  ): WriteOutcome {
    const { index, input, key } = item;
    const stored = this.reads.stored;
    const current = stored.get(k);
    const version = current?.version ?? this.reads.versions.get(k) ?? 0;
    const { expectedVersion } = input;
    if (expectedVersion !== undefined && expectedVersion !== version)
      throw conflict(item, expectedVersion, version, current);
    const units = atIndex(index, () => this.reads.ancestorsOf(item));
    const removing = input.delete === true;
    if (removing ? current === undefined : current !== undefined && sameContent(current, input))
      return { key, action: "unchanged", version };

    const nextVersion = version + 1;
    const status = removing ? null : (input.status ?? "official");
    const value = removing ? null : input.value;
    const weight = this.weightOf(item.indicator, key);
    const after: RolledValue =
      value === null ? ABSENT : { value, estimate: status === "estimate", weight };
    const alsoTotal = sumsOptions(item.indicator);
    const before = rolled(current, weight);
    chunk.own.add(key, before, after, units, alsoTotal, 0, 1);
    above.add(key, before, after, units, alsoTotal, 1);
    this.dependentDeltas(item, current?.value ?? 0, value ?? 0, chunk, above);

    if (removing) {
      stored.delete(k);
      pushKey(chunk.deleted, key);
    } else {
      const target = current ? chunk.replaced : chunk.created;
      pushKey(target, key);
      target.value.push(input.value);
      target.textValue.push(input.textValue ?? null);
      target.status.push(status as string);
      target.note.push(input.note ?? "");
      target.source.push(input.source ?? "");
      target.version.push(nextVersion);
      target.updatedAt.push(this.context.at);
      target.updatedBy.push(this.context.by);
      if (this.reread.has(key.indicatorCode)) stored.set(k, this.record(item, nextVersion));
    }
    const action = !current ? "create" : removing ? "delete" : "update";
    const audit = chunk.audit;
    pushKey(audit, key);
    audit.version.push(nextVersion);
    audit.action.push(action);
    audit.oldValue.push(current?.value ?? null);
    audit.newValue.push(value);
    audit.oldStatus.push(current?.status ?? null);
    audit.newStatus.push(status);
    audit.at.push(this.context.at);
    audit.by.push(this.context.by);
    audit.via.push(this.context.via);
    audit.note.push(input.note ?? "");
    this.reads.versions.set(k, nextVersion);
    return { key, action, version: nextVersion };
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

  /** The weight paired with a value of a weighted-average indicator (0 when none is stored). */
  private weightOf(indicator: Indicator, key: DataValueKey): number {
    const overUnits = indicator.aggregation.overUnits;
    if (overUnits.kind !== "weighted_average") return 0;
    return (
      this.reads.stored.get(keyString({ ...key, indicatorCode: overUnits.weight }))?.value ?? 0
    );
  }

  /** When a weight changes, the weighted sums of the values it weights change with it. */
  private dependentDeltas(
    item: CheckedInput,
    oldWeight: number,
    newWeight: number,
    chunk: ChunkWrites,
    above: DeltaSums,
  ): void {
    if (oldWeight === newWeight) return;
    for (const dependent of this.weightedBy.get(item.indicator.code) ?? []) {
      const key = { ...item.key, indicatorCode: dependent.code };
      const stored = this.reads.stored.get(keyString(key));
      if (!stored || stored.value === null) continue;
      const units = this.reads.ancestorsOf({ ...item, key, indicator: dependent });
      const alsoTotal = sumsOptions(dependent);
      const before = rolled(stored, oldWeight);
      const after = rolled(stored, newWeight);
      chunk.own.add(key, before, after, units, alsoTotal, 0, 1);
      above.add(key, before, after, units, alsoTotal, 1);
    }
  }
}

function pushKey(
  columns: {
    indicatorCode: string[];
    unitCode: string[];
    period: string[];
    disaggregation: string[];
  },
  key: DataValueKey,
): void {
  columns.indicatorCode.push(key.indicatorCode);
  columns.unitCode.push(key.unitCode);
  columns.period.push(key.period);
  columns.disaggregation.push(key.disaggregation);
}

/** Whether an option's value also counts towards the total (every disaggregation sums). */
function sumsOptions(indicator: Indicator): boolean {
  return (
    indicator.disaggregations.length > 0 &&
    indicator.disaggregations.every((d) => d.totalRule === "sum")
  );
}

function rolled(record: DataValueRecord | undefined, weight: number): RolledValue {
  if (!record || record.value === null) return ABSENT;
  return { value: record.value, estimate: record.status === "estimate", weight };
}

/** Whether writing `input` over `stored` would change nothing. */
function sameContent(stored: DataValueRecord, input: ValueInput): boolean {
  return (
    stored.value === input.value &&
    stored.textValue === (input.textValue ?? null) &&
    stored.status === (input.status ?? "official") &&
    stored.note === (input.note ?? "") &&
    stored.source === (input.source ?? "")
  );
}
