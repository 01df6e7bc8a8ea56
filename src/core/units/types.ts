/**
 * Data types of the unit tree and its history.
 *
 * Validity convention: `validFrom` is the first day a unit exists and `validTo` is the first day it
 * no longer exists (exclusive); `validTo: null` means the unit is still valid. An event dated `d`
 * takes effect on `d`: a unit merged away on 2025-07-01 has `validTo: "2025-07-01"` and the tree
 * as of 2025-07-01 already shows the result of the merge.
 */

/** The level of a unit: tỉnh, cấp huyện (abolished 1 July 2025), cấp xã, or a cơ quan / ngành. */
export type UnitKind = "province" | "district" | "commune" | "agency";

/** A unit as it was created: names and parent are those in force on `validFrom`. */
export interface OrgUnit {
  /** Stable code; never reused for another unit and kept across renames and moves. */
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: UnitKind;
  /** Code of the parent unit on `validFrom`, or null for a root (a province). */
  readonly parent: string | null;
  readonly validFrom: string;
  /** First day the unit no longer exists (exclusive), or null while it is still valid. */
  readonly validTo: string | null;
}

/** Fields every restructuring event carries. */
interface UnitEventBase {
  /** Stable id used in messages and in lineage, e.g. "2025-07-01-phuong-nga-nam". */
  readonly id: string;
  /** Day the event takes effect (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** Legal basis, e.g. "Nghị quyết số 202/2025/QH15". */
  readonly basis?: string;
}

/** Đổi tên: the unit keeps its code and history and gets new names from `date`. */
export interface RenameEvent extends UnitEventBase {
  readonly kind: "rename";
  readonly unit: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** Chuyển đơn vị cấp trên: the unit gets a new parent (null: becomes a root) from `date`. */
export interface MoveEvent extends UnitEventBase {
  readonly kind: "move";
  readonly unit: string;
  readonly parent: string | null;
}

/**
 * Sáp nhập (n → 1): every source passes all of its values to `target`. The target is either a
 * unit created on `date` or a unit that survives (usually one of the sources); sources that do not
 * survive must end on `date`.
 */
export interface MergeEvent extends UnitEventBase {
  readonly kind: "merge";
  readonly sources: readonly string[];
  readonly target: string;
}

/** One share of a split: `weight` is the part of the source's values that goes to `unit`. */
export interface SplitShare {
  readonly unit: string;
  readonly weight: number;
}

/**
 * Chia tách (1 → n): the source's values are shared among the targets by weights summing to 1.
 * A target may be new, an existing unit that absorbs a part, or the source itself if it survives.
 */
export interface SplitEvent extends UnitEventBase {
  readonly kind: "split";
  readonly source: string;
  readonly targets: readonly SplitShare[];
}

/** Giải thể: the unit ends on `date` without a successor; its values go nowhere. */
export interface DissolveEvent extends UnitEventBase {
  readonly kind: "dissolve";
  readonly unit: string;
}

/** A dated restructuring event. */
export type UnitEvent = RenameEvent | MoveEvent | MergeEvent | SplitEvent | DissolveEvent;

/** The events that change which units exist (and so move values between units). */
export type StructuralEvent = MergeEvent | SplitEvent | DissolveEvent;

/** A unit as of a given date: its names and parent after the renames and moves up to that date. */
export interface UnitState {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: UnitKind;
  readonly parent: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** One edge of value flow created by a merge or a split: `weight` of `from` goes to `to`. */
export interface UnitFlow {
  readonly date: string;
  readonly eventId: string;
  readonly kind: "merge" | "split";
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}
