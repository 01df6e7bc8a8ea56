import type { Catalogue } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import type { Actor } from "../core/values/index.ts";
import type { Repositories } from "../store/index.ts";
import { filingOf } from "./filing.ts";
import { readAhead } from "./read-ahead.ts";
import { DeltaSums } from "./rollup-deltas.ts";
import { RollupScope } from "./rollup-scope.ts";
import { SeenKeys } from "./seen-keys.ts";
import { type CheckedInput, checkValueInput, type ValueInput } from "./value-input.ts";
import { atIndex } from "./write-errors.ts";
import { type SliceTarget, type WriteResult, writeChecked } from "./write-values.ts";

/** Values of an import: a list, or chunks as a reader produces them (a file of millions of rows). */
export type ValueSource = readonly ValueInput[] | AsyncIterable<readonly ValueInput[]>;

/** Values checked and written per step when the source is a list; progress is reported after each. */
const LIST_CHUNK = 5000;

/**
 * How an import writes its values. `ordinary`: chunk by chunk like any other writer, roll-ups
 * kept value by value. `bulk`: changes staged, then applied set-based at the end and the roll-ups
 * they touch rebuilt once (see ValueStagingRepository) — the same values, audit rows and roll-ups,
 * several times faster for a large file. `auto` (the default): ordinary for the first `BULK_FROM`
 * values, bulk for the rest, so a small import works as a form's save does (and rebuilds no
 * roll-up), and a file of millions of rows takes the bulk path after its first chunks.
 */
export type ValueWritePath = "ordinary" | "bulk" | "auto";

/** Values an import writes the ordinary way before it takes the bulk path (`auto`). */
export const BULK_FROM = 20_000;

/**
 * Checks and writes values chunk by chunk inside the caller's transaction, so memory holds one
 * chunk and the keys seen (to refuse a key written twice anywhere in the source). The first bad
 * input throws with its index in the whole source; the caller's transaction then writes nothing.
 */
export async function writeValueSource(
  trx: Repositories,
  catalogue: Catalogue,
  source: ValueSource,
  context: Actor,
  onProgress?: (done: number, total?: number) => void,
  path: ValueWritePath = "auto",
  pace: BulkPace = trx.staging.pace,
): Promise<Omit<WriteResult, "outcomes">> {
  const counts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const seen = new SeenKeys();
  // Aggregates above the values' own units (towns, provinces), which form saves of other units
  // also change: summed over the whole source and written by one last statement.
  const above = new DeltaSums();
  const ordinary: SliceTarget = { kind: "deferred", above };
  const scope = new RollupScope();
  let target: SliceTarget = ordinary;
  const bulkFrom = path === "bulk" ? 0 : path === "ordinary" ? Number.POSITIVE_INFINITY : BULK_FROM;
  const total = isList(source) ? source.length : undefined;
  let offset = 0;
  const filing = filingOf(await trx.regimes.list());
  let stagedSinceApply = 0;
  for await (const chunk of readAhead(chunksOf(source), pace.readAhead)) {
    if (target === ordinary && offset >= bulkFrom) {
      await trx.staging.open();
      target = { kind: "staged", scope };
    } else if (target !== ordinary && stagedSinceApply >= pace.applyEvery) {
      // The staged changes so far go to the values and the audit trail now, with the source
      // read ahead meanwhile; their roll-ups are still rebuilt once at the end (see BulkPace).
      await trx.staging.apply(context);
      await trx.staging.open();
      stagedSinceApply = 0;
    }
    const checked: CheckedInput[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const index = offset + i;
      const item = atIndex(index, () =>
        checkValueInput(catalogue, chunk[i] as ValueInput, index, filing),
      );
      const first = seen.add(item.key, index);
      if (first >= 0) throw duplicate(item, first);
      checked.push(item);
    }
    const result = await writeChecked(trx, catalogue, checked, context, target);
    counts.created += result.created;
    counts.updated += result.updated;
    counts.deleted += result.deleted;
    counts.unchanged += result.unchanged;
    if (target !== ordinary) stagedSinceApply += chunk.length;
    offset += chunk.length;
    onProgress?.(offset, total);
  }
  if (above.size > 0) await trx.rollups.addDeltaColumns(above.columns);
  if (target !== ordinary) {
    // The staged changes, then their roll-ups recomputed from all the values of their
    // (indicator, month) pairs: those written the ordinary way above included.
    await trx.staging.apply(context);
    await trx.rollups.rebuildFor(scope);
  }
  return counts;
}

/**
 * How a bulk load paces itself on an engine: after how many staged values it applies them to the
 * values and the audit trail (infinite: all at the end), and how many chunks of the source are
 * read ahead while it waits for the database (see ValueStagingRepository.pace for the measured
 * choice).
 */
export interface BulkPace {
  readonly applyEvery: number;
  readonly readAhead: number;
}

function isList(source: ValueSource): source is readonly ValueInput[] {
  return Array.isArray(source);
}

async function* chunksOf(source: ValueSource): AsyncGenerator<readonly ValueInput[]> {
  if (!isList(source)) {
    yield* source;
    return;
  }
  for (let i = 0; i < source.length; i += LIST_CHUNK) yield source.slice(i, i + LIST_CHUNK);
}

function duplicate(item: CheckedInput, first: number): BaocaoError {
  return new BaocaoError(
    "value.duplicate",
    `Số liệu ${item.key.indicatorCode} của ${item.key.unitCode} kỳ ${item.key.period} được ghi hai lần (mục ${first + 1} và ${item.index + 1}).`,
    { index: item.index, firstIndex: first, ...item.key },
  );
}
