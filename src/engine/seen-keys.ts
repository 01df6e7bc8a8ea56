import { BaocaoError } from "../core/errors.ts";
import type { DataValueKey } from "../core/values/index.ts";

const EMPTY = -1;
/** Bits of the compact key given to each part: indicator × option, unit, period. */
const UNIT_SPAN = 2 ** 20;
const PERIOD_SPAN = 2 ** 13;
const NAME_LIMIT = 2 ** 20;

/**
 * The value keys an import has written so far, to refuse a key written twice across a stream
 * of millions of rows: each key is one double made of small ids for its parts, in an
 * open-addressing table (about 12 bytes a key instead of a string in a Set).
 */
export class SeenKeys {
  private readonly names = new Map<string, number>();
  private readonly units = new Map<string, number>();
  private readonly periods = new Map<string, number>();
  private keys = new Float64Array(1024).fill(EMPTY);
  private firsts = new Int32Array(1024);
  private size = 0;

  /** Records `key` as written by input `index`; returns the index that wrote it first, or -1. */
  add(key: DataValueKey, index: number): number {
    const k = this.compact(key);
    const mask = this.keys.length - 1;
    let slot = hash(k) & mask;
    for (let at = this.keys[slot]; at !== EMPTY; at = this.keys[slot]) {
      if (at === k) return this.firsts[slot] as number;
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = k;
    this.firsts[slot] = index;
    if (++this.size * 10 > this.keys.length * 7) this.grow();
    return -1;
  }

  private compact(key: DataValueKey): number {
    const name = idOf(this.names, `${key.indicatorCode}\u0000${key.disaggregation}`, NAME_LIMIT);
    const unit = idOf(this.units, key.unitCode, UNIT_SPAN);
    const period = idOf(this.periods, key.period, PERIOD_SPAN);
    return (name * UNIT_SPAN + unit) * PERIOD_SPAN + period;
  }

  private grow(): void {
    const { keys, firsts } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.firsts = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    keys.forEach((k, i) => {
      if (k === EMPTY) return;
      let slot = hash(k) & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = k;
      this.firsts[slot] = firsts[i] as number;
    });
  }
}

function idOf(ids: Map<string, number>, name: string, limit: number): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = ids.size;
    if (id >= limit)
      throw new BaocaoError(
        "import.too_many_keys",
        `Một lần nhập có quá nhiều mã khác nhau (hơn ${limit}); hãy chia tệp.`,
        {},
      );
    ids.set(name, id);
  }
  return id;
}

/** Mixes both halves of a compact key (below 2^53) into 32 bits. */
function hash(k: number): number {
  const low = k >>> 0;
  const high = Math.floor(k / 2 ** 32);
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (low >>> 15);
}
