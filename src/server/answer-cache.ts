/** One key's answer: the last one computed, the computation running and the one queued after it. */
interface Slot {
  /** The newest answer, computed from data at least as new as `epoch`. */
  done?: { readonly epoch: number; readonly bytes: Buffer };
  /** The computation running, for readers at `epoch` or before. */
  running?: { readonly epoch: number; readonly bytes: Promise<Buffer> };
  /** One computation that starts when `running` ends, shared by every reader newer than it. */
  next?: {
    epoch: number;
    readonly bytes: Promise<Buffer>;
    readonly compute: () => Promise<unknown>;
    readonly resolve: (bytes: Promise<Buffer>) => void;
  };
}

/**
 * Serialized answers of expensive reads, each kept under the data epoch it was computed at
 * (`engine.dataEpoch()`): while no data changed, the next request gets the same bytes at once;
 * the first request after any change recomputes. So figures stay live, with no batch run.
 *
 * Answers are kept as UTF-8 bytes, not strings: a hit is then a buffer handed to the socket, where
 * a 60–110 KB string cost a scan for its length and an encoding on every request (a quarter of a
 * cached read's CPU, profiled under load, issue 19).
 *
 * At most one computation per key runs at a time (single flight across epochs). A reader at a newer
 * epoch than the running computation cannot use it (it may have read the data before the save the
 * reader must see), so it waits for the one computation queued behind it, which every such reader
 * shares: it starts after all of them read their epoch, so its data is at least as new as each
 * one's. With a save every few milliseconds (10 % saves at 1,000 requests/s), the dashboard is
 * recomputed back to back at worst, never once per save and never several at once on the event
 * loop. Not chosen: updating the cached figures from a save's deltas (every aggregation rule,
 * formula and target percentage would need its own update, and a save by another process is known
 * here only by the counter, not by its values), and serving a recent but older answer to other
 * sessions for an interval (a save would not be seen at once by other readers).
 */
export class AnswerCache {
  private readonly slots = new Map<string, Slot>();

  /** Answers given from the cache (or a computation shared) and computations, since the process started (for /metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(private readonly limit = 500) {}

  /**
   * The JSON of `compute()` for `key` at `epoch`, as UTF-8 bytes, computed only when no answer
   * (done or under way) is at least as new as `epoch`.
   */
  json(key: string, epoch: number, compute: () => Promise<unknown>): Promise<Buffer> {
    const slot = this.slotOf(key);
    if (slot.done && slot.done.epoch >= epoch) {
      this.counts.hits++;
      return Promise.resolve(slot.done.bytes);
    }
    if (slot.running && slot.running.epoch >= epoch) {
      this.counts.hits++;
      return slot.running.bytes;
    }
    if (!slot.running) return this.start(slot, epoch, compute);
    // Waiting for a computation that others share counts as a hit: misses count computations.
    this.counts.hits++;
    if (slot.next) {
      slot.next.epoch = Math.max(slot.next.epoch, epoch);
      return slot.next.bytes;
    }
    let resolve: (bytes: Promise<Buffer>) => void = () => {};
    const bytes = new Promise<Buffer>((r) => {
      resolve = r;
    });
    slot.next = { epoch, bytes, compute, resolve };
    return bytes;
  }

  /**
   * Runs `compute` as the slot's running computation and keeps its answer when it succeeds; when
   * it ends, the queued computation (if any) starts at once.
   */
  private start(slot: Slot, epoch: number, compute: () => Promise<unknown>): Promise<Buffer> {
    this.counts.misses++;
    const bytes = startOf(compute).then((answer) => Buffer.from(JSON.stringify(answer)));
    const running = { epoch, bytes };
    slot.running = running;
    const settle = (answer: Buffer | null) => {
      // A failed computation is not kept: the next request tries again.
      if (answer && (!slot.done || slot.done.epoch <= epoch)) slot.done = { epoch, bytes: answer };
      if (slot.running === running) slot.running = undefined;
      const next = slot.next;
      if (next && !slot.running) {
        slot.next = undefined;
        next.resolve(this.start(slot, next.epoch, next.compute));
      }
    };
    bytes.then(settle, () => settle(null));
    return bytes;
  }

  /** The key's slot, made the most recent; the least recently used one is dropped when full. */
  private slotOf(key: string): Slot {
    const slot = this.slots.get(key);
    if (slot) {
      // Oldest first in a Map: a used key moves to the end.
      this.slots.delete(key);
      this.slots.set(key, slot);
      return slot;
    }
    if (this.slots.size >= this.limit) {
      const oldest = this.slots.keys().next().value;
      if (oldest !== undefined) this.slots.delete(oldest);
    }
    const fresh: Slot = {};
    this.slots.set(key, fresh);
    return fresh;
  }
}

/** `compute()` started now; one that throws at once rejects like one that fails later. */
function startOf(compute: () => Promise<unknown>): Promise<unknown> {
  try {
    return compute();
  } catch (error) {
    return Promise.reject(error);
  }
}
