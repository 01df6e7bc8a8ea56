/** One reported value as aggregates see it: the number, whether it is an estimate, its weight. */
export interface Contributing {
  readonly value: number;
  readonly estimate: boolean;
  /** The value of the indicator that weights it (weighted averages); 0 when there is none. */
  readonly weight: number;
}

/** How two partial statistics combine: added, or the smaller, or the larger. */
export type Law = "add" | "min" | "max";

/** A statistic kept about a set of values. */
export interface StatisticSpec {
  readonly law: Law;
  /**
   * Whether a unit's share scales it: when a commune is split, the new one gets `weight` of the
   * old one's totals (and of its weighted sums), but not of its counts or its extremes.
   */
  readonly scales: boolean;
  /** What one value adds. */
  readonly of: (v: Contributing) => number;
}

/**
 * Every statistic an aggregate can keep. Those that add (`law: "add"`) can be kept up to date by
 * adding a new value's part and subtracting an old one's: they are the roll-up table's columns.
 * The others are computed from the raw values when read.
 */
export const STATISTICS = {
  total: { law: "add", scales: true, of: (v) => v.value },
  count: { law: "add", scales: false, of: () => 1 },
  estimateCount: { law: "add", scales: false, of: (v) => (v.estimate ? 1 : 0) },
  weightedTotal: { law: "add", scales: true, of: (v) => v.value * v.weight },
  weightTotal: { law: "add", scales: true, of: (v) => v.weight },
  minimum: { law: "min", scales: false, of: (v) => v.value },
  maximum: { law: "max", scales: false, of: (v) => v.value },
} as const satisfies Record<string, StatisticSpec>;

/** The name of a statistic. */
export type StatisticName = keyof typeof STATISTICS;

/** The statistics that add up, kept incrementally in the roll-ups. */
export type AdditiveStatistic = {
  [K in StatisticName]: (typeof STATISTICS)[K]["law"] extends "add" ? K : never;
}[StatisticName];

/** Every statistic's value about some set of values. */
export type Stats = Readonly<Record<StatisticName, number>>;

const NAMES = Object.keys(STATISTICS) as StatisticName[];

/** The additive statistics, in a fixed order (the roll-up columns' order). */
export const ADDITIVE_STATISTICS: readonly AdditiveStatistic[] = NAMES.filter(
  (name): name is AdditiveStatistic => STATISTICS[name].law === "add",
);

const IDENTITY: Record<Law, number> = {
  add: 0,
  min: Number.POSITIVE_INFINITY,
  max: Number.NEGATIVE_INFINITY,
};

/** The statistics of no values at all. */
export const NO_VALUES: Stats = Object.freeze(
  Object.fromEntries(NAMES.map((n) => [n, IDENTITY[STATISTICS[n].law]])) as Stats,
);

/** The statistics of one value. */
export function statsOf(v: Contributing): Stats {
  return Object.fromEntries(NAMES.map((n) => [n, STATISTICS[n].of(v)])) as Stats;
}

/** The statistics of two disjoint sets of values together. */
export function combine(a: Stats, b: Stats): Stats {
  const out = {} as Record<StatisticName, number>;
  for (const n of NAMES) {
    const law = STATISTICS[n].law;
    out[n] =
      law === "add" ? a[n] + b[n] : law === "min" ? Math.min(a[n], b[n]) : Math.max(a[n], b[n]);
  }
  return out;
}

/**
 * The statistics of `whole` without a disjoint part of it (a unit's own values taken out of its
 * town's roll-up). Only statistics that add can be taken out; the extremes of the whole are kept,
 * so rules that read them are folded from raw values instead. No values left: `NO_VALUES`.
 */
export function without(whole: Stats, part: Stats): Stats {
  if (whole.count - part.count <= 0) return NO_VALUES;
  const out = {} as Record<StatisticName, number>;
  for (const n of NAMES) out[n] = STATISTICS[n].law === "add" ? whole[n] - part[n] : whole[n];
  return out;
}

/** The statistics of many values. */
export function statsOfAll(values: Iterable<Contributing>): Stats {
  let stats = NO_VALUES;
  for (const v of values) stats = combine(stats, statsOf(v));
  return stats;
}

/** A unit's share of statistics (a split commune's part of the old one's figures). */
export function scaled(stats: Stats, share: number): Stats {
  if (share === 1) return stats;
  const out = {} as Record<StatisticName, number>;
  for (const n of NAMES) out[n] = STATISTICS[n].scales ? stats[n] * share : stats[n];
  return out;
}
