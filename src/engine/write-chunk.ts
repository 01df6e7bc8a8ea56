import {
  type AuditColumns,
  auditColumns,
  type DataValueColumns,
  dataValueColumns,
  type KeyColumns,
  keyColumnArrays,
  type Repositories,
} from "../store/index.ts";
import type { DeltaSums } from "./rollup-deltas.ts";

/**
 * The writes of one chunk of a batch, column by column: values new to the store (a plain
 * insert: the batch's read showed no stored value), values replacing stored ones (an upsert),
 * deleted keys, audit rows and the roll-up differences of the values' own units.
 */
export class ChunkWrites {
  readonly created: DataValueColumns = dataValueColumns();
  readonly replaced: DataValueColumns = dataValueColumns();
  readonly deleted: KeyColumns = keyColumnArrays();
  readonly audit: AuditColumns = auditColumns();

  constructor(
    /** Roll-up differences of the values' own units (the batch's other sums may be shared). */
    readonly own: DeltaSums,
  ) {}

  /** Writes it all; the statements' text depends only on the table (and chunk size on SQLite). */
  async flush(repos: Repositories): Promise<void> {
    const values = repos.values;
    if (this.deleted.unitCode.length > 0) await values.deleteMany(this.deleted);
    if (this.created.unitCode.length > 0) await values.insertNew(this.created);
    if (this.replaced.unitCode.length > 0) await values.upsertColumns(this.replaced);
    if (this.audit.unitCode.length > 0) await repos.valueAudit.appendColumns(this.audit);
    if (this.own.size > 0) await repos.rollups.addDeltaColumns(this.own.columns);
  }
}

/**
 * Database work run in the order given without the caller waiting for it, so the engine can
 * work out the next chunk while the server writes the previous one (the client and the server
 * then use both cores instead of taking turns). After a failure the remaining work is skipped:
 * the transaction is lost anyway.
 */
export class WorkQueue {
  private tail: Promise<void> = Promise.resolve();
  private error: { readonly cause: unknown } | undefined;

  get failed(): boolean {
    return this.error !== undefined;
  }

  push(work: () => Promise<void>): void {
    this.tail = this.tail.then(async () => {
      if (this.error) return;
      try {
        await work();
      } catch (cause) {
        this.error = { cause };
      }
    });
  }

  /** Waits for everything queued; throws the first failure. */
  async finish(): Promise<void> {
    await this.tail;
    if (this.error) throw this.error.cause;
  }

  /** Waits for everything queued, ignoring failures (before rethrowing an error of the caller's). */
  async settle(): Promise<void> {
    await this.tail;
  }
}

/** Lets queued database work start (its callbacks run) before computing on. */
export function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
