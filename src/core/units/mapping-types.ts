/** One source of a mapped unit: `weight` is the part of the source's value that it receives. */
export interface MappingSource {
  readonly unit: string;
  readonly weight: number;
}

/** A unit of the target date whose value can be computed from units of the source date. */
export interface ComputableTarget {
  readonly unit: string;
  readonly computable: true;
  readonly sources: readonly MappingSource[];
  /**
   * Backward only: units of the old subtree whose values (wholly or partly) reached no unit on
   * the later date (they were dissolved), so the rebuilt total leaves them out. Forward: empty.
   */
  readonly notCarried: readonly string[];
}

/** A unit of the target date whose value cannot be rebuilt without guessing (backward only). */
export interface BlockedTarget {
  readonly unit: string;
  readonly computable: false;
  /** The later-date units that hold parts of this unit's values, mixed with values of others. */
  readonly related: readonly string[];
  /** Why, in Vietnamese, naming the units. */
  readonly reason: string;
}

/** How one target unit is made from the source units. */
export type MappingTarget = ComputableTarget | BlockedTarget;

/**
 * How values reported by the units of `fromDate` become values of the units of `toDate`.
 * Forward (`fromDate <= toDate`): every target is computable; merges sum and splits share by
 * weight, composed over every event in between. Backward: a target (an old unit with its whole
 * subtree as of `toDate`) is computable only when the later units holding its values hold nothing
 * else; the later units then count with weight 1.
 */
export interface UnitMapping {
  readonly fromDate: string;
  readonly toDate: string;
  readonly direction: "forward" | "backward";
  /** The units valid on `fromDate`: the only units whose values the mapping accepts. */
  readonly sourceUnits: readonly string[];
  /** Every unit valid on `toDate`, in input order (a target may have no sources). */
  readonly targets: readonly MappingTarget[];
  /** Forward only: sources whose value reaches no unit on `toDate`, with the share lost. */
  readonly unmapped: readonly MappingSource[];
}
