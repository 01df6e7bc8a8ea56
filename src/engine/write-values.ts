import { isReversible, UNIT_RULES } from "../core/aggregation/index.ts";
import { type Catalogue, type Indicator, sumsOptions } from "../core/catalogue/index.ts";
import { isBaocaoError } from "../core/errors.ts";
import {
  type Actor,
  type DataValueKey,
  type DataValueRecord,
  keyString,
} from "../core/values/index.ts";
import {
  type Repositories,
  type StagedChangeColumns,
  type Store,
  stagedChangeColumns,
} from "../store/index.ts";
import { type FilingOf, filingOf, MONTHS_ONLY } from "./filing.ts";
import { ABSENT, DeltaSums, type RolledValue } from "./rollup-deltas.ts";
import type { RollupScope } from "./rollup-scope.ts";
import { type CheckedInput, checkValueInput, type ValueInput } from "./value-input.ts";
import { refuseLockedValues } from "./value-locks.ts";
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
  store: Store,
  catalogue: Catalogue,
  inputs: readonly ValueInput[],
  context: Actor,
): Promise<WriteResult> {
  const write = () =>
    store.transaction((repos) => writeValuesIn(repos, catalogue, inputs, context));
  try {
    return await write();
  } catch (error) {
    if (!isBaocaoError(error, "store.conflict")) throw error;
    // Another writer stored one of these keys between this batch's read and its write. Read
    // again: a writer who named the version it saw gets the conflict with the newer value;
    // writers who named none simply write again, over what is stored now.
    const checked = checkValues(catalogue, inputs, filingOf(await store.repos.regimes.list()));
    const stale = await firstStale(store.repos, checked);
    if (stale) throw stale;
    return write();
  }
}

/** The first input whose expected version is no longer the stored one, as a conflict. */
async function firstStale(repos: Repositories, checked: readonly CheckedInput[]) {
  const reads = new BatchReads(repos, new Map());
  await reads.load(
    checked,
    checked.map((c) => keyString(c.key)),
  );
  for (const item of checked) {
    const k = keyString(item.key);
    const current = reads.stored.get(k);
    const version = current?.version ?? reads.versions.get(k) ?? 0;
    const expected = item.input.expectedVersion;
    if (expected !== undefined && expected !== version)
      return conflict(item, expected, version, current);
  }
  return undefined;
}

/** The same, inside a transaction the caller holds (an import that writes more than values). */
export async function writeValuesIn(
  trx: Repositories,
  catalogue: Catalogue,
  inputs: readonly ValueInput[],
  context: Actor,
): Promise<WriteResult> {
  const filing = filingOf(await trx.regimes.list());
  return writeChecked(trx, catalogue, checkValues(catalogue, inputs, filing), context);
}

/** Checks every input of a batch against the catalogue and refuses a key written twice. */
export function checkValues(
  catalogue: Catalogue,
  inputs: readonly ValueInput[],
  filing: FilingOf = MONTHS_ONLY,
): CheckedInput[] {
  const checked = inputs.map((input, index) =>
    atIndex(index, () => checkValueInput(catalogue, input, index, filing)),
  );
  rejectDuplicates(checked);
  return checked;
}

/**
 * Where the writes of a slice of an import go besides the ordinary path's: `deferred` sums the
 * roll-ups above the values' own units for the caller to write once at the end (the shared
 * aggregates of towns and provinces are then locked only by its last statement); `staged`
 * appends every change to the bulk load's staging table and keeps no roll-up at all (the
 * caller applies the changes and rebuilds the roll-ups they touch at the end).
 */
export type SliceTarget =
  | { readonly kind: "deferred"; readonly above: DeltaSums }
  | { readonly kind: "staged"; readonly scope: RollupScope };

/**
 * Writes checked inputs (all of a batch or a slice of it) inside the caller's transaction, after
 * refusing any that a submission or a lock date holds (the one place every writer passes).
 */
export async function writeChecked(
  trx: Repositories,
  catalogue: Catalogue,
  checked: readonly CheckedInput[],
  context: Actor,
  target?: SliceTarget,
): Promise<WriteResult> {
  if (checked.length === 0)
    return { outcomes: [], created: 0, updated: 0, deleted: 0, unchanged: 0 };
  await refuseLockedValues(trx, checked, context.at);
  const writer = new BatchWriter(trx, catalogue, context);
  if (target?.kind === "staged") return writer.stage(checked, target.scope);
  return writer.write(checked, target?.above);
}

/**
 * Inputs worked out before their writes are queued: large enough that a statement's overhead
 * is small, small enough that the server has the first chunk while the engine works on the next.
 */
const CHUNK = 4000;

class BatchWriter {
  private readonly reads: BatchReads;
  /** Indicators weighted by a given indicator, for weighted rules. */
  private readonly weightedBy = new Map<string, Indicator[]>();
  /** Indicators whose stored values other values of the batch read (weights and weighted ones). */
  private readonly reread = new Set<string>();
  /** Indicators whose rule over units is kept in the roll-ups (the others are computed when read). */
  private readonly rolledUp = new Set<string>();

  constructor(
    private readonly repos: Repositories,
    catalogue: Catalogue,
    private readonly context: Actor,
  ) {
    for (const indicator of catalogue.indicators) {
      const { kind, weight } = indicator.aggregation.overUnits;
      if (isReversible(UNIT_RULES[kind])) this.rolledUp.add(indicator.code);
      if (weight !== undefined) {
        this.weightedBy.set(weight, [...(this.weightedBy.get(weight) ?? []), indicator]);
        this.reread.add(weight).add(indicator.code);
      }
    }
    this.reads = new BatchReads(repos, this.weightedBy);
  }

  async write(checked: readonly CheckedInput[], deferred?: DeltaSums): Promise<WriteResult> {
    const keys = checked.map((c) => keyString(c.key));
    await this.reads.load(checked, keys);
    const outcomes: WriteOutcome[] = [];
    const counts: ActionCounts = { create: 0, update: 0, delete: 0, unchanged: 0 };
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
        queue.push(() => chunk.flush(this.repos));
        if (end < checked.length) await yieldToIo();
      }
    } catch (error) {
      await queue.settle();
      throw error;
    }
    if (!single && !deferred && above.size > 0)
      queue.push(() => this.repos.rollups.addDeltaColumns(above.columns));
    await queue.finish();
    return writeResult(outcomes, counts);
  }

  /**
   * The bulk path: the same checks and decisions as `write`, each change appended to the staging
   * table as one row (value and audit row together), no roll-up worked out: the (indicator, month)
   * pairs whose roll-ups change are added to `scope`, for one rebuild at the end.
   */
  async stage(checked: readonly CheckedInput[], scope: RollupScope): Promise<WriteResult> {
    const keys = checked.map((c) => keyString(c.key));
    await this.reads.load(checked, keys);
    const outcomes: WriteOutcome[] = [];
    const counts: ActionCounts = { create: 0, update: 0, delete: 0, unchanged: 0 };
    const staged = stagedChangeColumns();
    for (let i = 0; i < checked.length; i++) {
      const { input, current, ...outcome } = this.decide(
        checked[i] as CheckedInput,
        keys[i] as string,
      );
      counts[outcome.action]++;
      outcomes.push(outcome);
      if (outcome.action === "unchanged") continue;
      pushChange(staged, { ...outcome, action: outcome.action }, input, current);
      const { indicatorCode, period } = outcome.key;
      if (this.rolledUp.has(indicatorCode)) scope.add(indicatorCode, period);
      for (const dependent of this.weightedBy.get(indicatorCode) ?? [])
        if (this.rolledUp.has(dependent.code)) scope.add(dependent.code, period);
    }
    await this.repos.staging.stage(staged);
    return writeResult(outcomes, counts);
  }

  /**
   * What writing one input does, as `writeOne` decides it (the version check, the unit's month,
   * unchanged content), with what the change stages. Keys are written once per import, so the
   * batch's reads stay true for it.
   */
  private decide(item: CheckedInput, k: string): StagedOutcome {
    const { index, input, key } = item;
    const current = this.reads.stored.get(k);
    const version = current?.version ?? this.reads.versions.get(k) ?? 0;
    const { expectedVersion } = input;
    if (expectedVersion !== undefined && expectedVersion !== version)
      throw conflict(item, expectedVersion, version, current);
    atIndex(index, () => this.reads.ancestorsOf(item));
    const removing = input.delete === true;
    if (removing ? current === undefined : current !== undefined && sameContent(current, input))
      return { key, action: "unchanged", version, input, current };
    const action = !current ? "create" : removing ? "delete" : "update";
    return { key, action, version: version + 1, input, current };
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
    if (this.rolledUp.has(key.indicatorCode)) {
      const alsoTotal = sumsOptions(item.indicator);
      const before = rolled(current, weight);
      chunk.own.add(key, before, after, units, alsoTotal, 0, 1);
      above.add(key, before, after, units, alsoTotal, 1);
    }
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

  /** The weight paired with a value of a weighted indicator (0 when none is stored). */
  private weightOf(indicator: Indicator, key: DataValueKey): number {
    const weight = indicator.aggregation.overUnits.weight;
    if (weight === undefined) return 0;
    return this.reads.stored.get(keyString({ ...key, indicatorCode: weight }))?.value ?? 0;
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
      if (!this.rolledUp.has(dependent.code)) continue;
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

/** An outcome with what its change stages: the input and the value stored before it. */
interface StagedOutcome extends WriteOutcome {
  readonly input: ValueInput;
  readonly current: DataValueRecord | undefined;
}

/** Appends one change, as the ordinary path would write its value and audit row. */
/** Counts of each action, as `write` and `stage` keep them. */
type ActionCounts = Record<WriteOutcome["action"], number>;

function writeResult(outcomes: WriteOutcome[], counts: ActionCounts): WriteResult {
  return {
    outcomes,
    created: counts.create,
    updated: counts.update,
    deleted: counts.delete,
    unchanged: counts.unchanged,
  };
}

function pushChange(
  staged: StagedChangeColumns,
  change: WriteOutcome & { readonly action: "create" | "update" | "delete" },
  input: ValueInput,
  current: DataValueRecord | undefined,
): void {
  const { action } = change;
  const removing = action === "delete";
  pushKey(staged, change.key);
  staged.action.push(action);
  staged.value.push(removing ? null : input.value);
  staged.textValue.push(removing ? null : (input.textValue ?? null));
  staged.status.push(removing ? null : (input.status ?? "official"));
  staged.note.push(input.note ?? "");
  staged.source.push(input.source ?? "");
  staged.version.push(change.version);
  staged.oldValue.push(current?.value ?? null);
  staged.oldStatus.push(current?.status ?? null);
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
