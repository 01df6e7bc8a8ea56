/**
 * Serialized answers of expensive reads, each kept under the data epoch it was computed at
 * (`engine.dataEpoch()`): while no data changed, the next request gets the same bytes at once;
 * the first request after any change recomputes. So figures stay live, with no batch run.
 * Requests that miss at the same moment share one computation instead of each starting one.
 */
export class AnswerCache {
  private readonly entries = new Map<
    string,
    { readonly epoch: number; readonly json: Promise<string> }
  >();

  /** Answers given from the cache and computed, since the process started (for /metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(private readonly limit = 500) {}

  /** The JSON of `compute()` for `key` at `epoch`, computed only when not cached at that epoch. */
  json(key: string, epoch: number, compute: () => Promise<unknown>): Promise<string> {
    const hit = this.entries.get(key);
    if (hit && hit.epoch >= epoch) {
      this.counts.hits++;
      return hit.json;
    }
    this.counts.misses++;
    const json = compute().then((answer) => JSON.stringify(answer));
    // A failed computation is not kept: the next request tries again.
    json.catch(() => {
      if (this.entries.get(key)?.json === json) this.entries.delete(key);
    });
    // Oldest first in a Map: drop the least recently computed answer when full.
    if (!hit && this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(key);
    this.entries.set(key, { epoch, json });
    return json;
  }
}
