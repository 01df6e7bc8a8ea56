import { BaocaoError } from "../errors.ts";
import { timestampMillis } from "./iso-date.ts";
import type { ValueStatus } from "./value-status.ts";
import { isValueStatus } from "./value-status.ts";

/**
 * One recorded version of a figure. Nothing is overwritten: the official figure is appended
 * after the estimate, and both stay for audit and for "ước" → "chính thức" comparisons.
 */
export interface ValueRecord<V = number | null> {
  readonly value: V;
  readonly status: ValueStatus;
  /** ISO timestamp with offset, e.g. `2023-08-14T09:30:00+07:00`; passed in, never read from a clock. */
  readonly recordedAt: string;
  /** 1 for the first record, then one more than the highest so far. */
  readonly version: number;
}

/** What a caller supplies to record a figure; the version is assigned. */
export type NewValueRecord<V = number | null> = Omit<ValueRecord<V>, "version">;

function millisOf(record: { readonly recordedAt: string }, index: number): number {
  const millis = timestampMillis(record.recordedAt);
  if (millis === undefined) {
    throw new BaocaoError(
      "value.invalid_recorded_at",
      `Thời điểm ghi nhận "${record.recordedAt}" không hợp lệ: cần dạng ISO có múi giờ, vd. 2023-08-14T09:30:00+07:00.`,
      { index, recordedAt: record.recordedAt },
    );
  }
  return millis;
}

/** True when `a` was recorded after `b` (later time, then higher version). */
function newer<V>(a: ValueRecord<V>, aMillis: number, b: ValueRecord<V>, bMillis: number): boolean {
  return aMillis !== bMillis ? aMillis > bMillis : a.version > b.version;
}

/**
 * The record that counts now: the latest official one, else the latest estimate; null for an
 * empty history. An official figure wins over any estimate, even one recorded after it.
 * @example currentValue([estimate, official])?.status // "official"
 */
export function currentValue<V>(history: readonly ValueRecord<V>[]): ValueRecord<V> | null {
  let best: ValueRecord<V> | null = null;
  let bestMillis = 0;
  for (const [index, record] of history.entries()) {
    const millis = millisOf(record, index);
    const rank = best === null ? 0 : statusRank(record) - statusRank(best);
    if (best === null || rank > 0 || (rank === 0 && newer(record, millis, best, bestMillis))) {
      best = record;
      bestMillis = millis;
    }
  }
  return best;
}

/** Official figures outrank estimates whatever their time. */
function statusRank(record: { readonly status: ValueStatus }): number {
  return record.status === "official" ? 1 : 0;
}

/**
 * A new history with `entry` appended under the next version number. Throws
 * `value.invalid_status` or `value.invalid_recorded_at` for a malformed entry.
 */
export function appendValue<V>(
  history: readonly ValueRecord<V>[],
  entry: NewValueRecord<V>,
): readonly ValueRecord<V>[] {
  if (!isValueStatus(entry.status)) {
    throw new BaocaoError(
      "value.invalid_status",
      `Trạng thái số liệu "${String(entry.status)}" không hợp lệ: dùng "estimate" (ước) hoặc "official" (chính thức).`,
      { status: entry.status },
    );
  }
  millisOf(entry, history.length);
  const version = history.reduce((max, r) => Math.max(max, r.version), 0) + 1;
  return [
    ...history,
    { value: entry.value, status: entry.status, recordedAt: entry.recordedAt, version },
  ];
}
