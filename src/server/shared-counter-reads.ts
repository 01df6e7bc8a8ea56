import type { ChangeCounters, Store } from "../store/index.ts";

/**
 * The change counters read once for every request that asks while a read is on its way, instead
 * of once per request: under load most requests then share a round trip and a pooled connection.
 *
 * A read already sent when a request arrives is not shared with it: it may have left before a
 * save that the request must see (a save that answered before this request began, in this
 * process or another). Such requests wait for the one read sent after it returns, which all of
 * them share, so each request still sees every change committed before it arrived, with at most
 * one round trip more of waiting.
 */
export class SharedCounterReads {
  private inFlight: Promise<ChangeCounters> | null = null;
  private queued: Promise<ChangeCounters> | null = null;

  constructor(private readonly read: () => Promise<ChangeCounters>) {}

  /** Counters read after this call: the next read to be sent, shared with every caller until then. */
  next(): Promise<ChangeCounters> {
    if (!this.inFlight) return this.send();
    this.queued ??= this.inFlight.then(ignore, ignore).then(() => {
      this.queued = null;
      return this.send();
    });
    return this.queued;
  }

  private send(): Promise<ChangeCounters> {
    const read = this.read();
    this.inFlight = read;
    const settle = () => {
      if (this.inFlight === read) this.inFlight = null;
    };
    read.then(settle, settle);
    return read;
  }
}

const ignore = () => undefined;

const perStore = new WeakMap<Store, SharedCounterReads>();

/** The shared reads of a store's change counters (one per store, made on first use). */
export function sharedCounterReads(store: Store): SharedCounterReads {
  let reads = perStore.get(store);
  if (!reads) {
    reads = new SharedCounterReads(() => store.repos.epochs.counters());
    perStore.set(store, reads);
  }
  return reads;
}
