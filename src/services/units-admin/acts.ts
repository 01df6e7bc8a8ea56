import type { UnitKind } from "../../core/units/index.ts";

/** A unit created by an act (a new commune, the unit a merge or split creates). */
export interface NewUnit {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: UnitKind;
  /** The parent on the act's date (null: a root, a province). */
  readonly parent: string | null;
}

/** What every administrative act carries: when, on what legal basis, why, over which versions. */
interface ActBase {
  /** The day the act takes effect (ISO `YYYY-MM-DD`): the tree of that day shows its result. */
  readonly date: string;
  /** Legal basis, e.g. "Nghị quyết số 1234/NQ-UBTVQH15". */
  readonly basis?: string;
  /** Why, for the audit. */
  readonly comment?: string;
  /**
   * The version of each existing unit the act touches, as the administrator saw it (`unitVersion`);
   * an act over a unit changed since is refused (`definition.conflict`).
   */
  readonly versions: Readonly<Record<string, string | null>>;
}

/** Thêm đơn vị: a unit that exists from `date`. */
export interface AddAct extends ActBase {
  readonly act: "add";
  readonly unit: NewUnit;
}

/** Đổi tên: new names from `date`; code and history kept. */
export interface RenameAct extends ActBase {
  readonly act: "rename";
  readonly unit: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** Chuyển cấp trên: a new parent from `date`. */
export interface MoveAct extends ActBase {
  readonly act: "move";
  readonly unit: string;
  readonly parent: string | null;
}

/** Sáp nhập: the sources pass all their values to `target` (one of them, another unit or a new one). */
export interface MergeAct extends ActBase {
  readonly act: "merge";
  readonly sources: readonly string[];
  readonly target: string;
  /** Units the act creates (the target when it is new). */
  readonly newUnits?: readonly NewUnit[];
}

/** Chia tách: the source's values are shared among the targets by weights summing to 1. */
export interface SplitAct extends ActBase {
  readonly act: "split";
  readonly source: string;
  readonly targets: readonly { readonly unit: string; readonly weight: number }[];
  /** Units the act creates (targets that are new). */
  readonly newUnits?: readonly NewUnit[];
}

/** Giải thể: the unit ends on `date`; its values go to no one. */
export interface DissolveAct extends ActBase {
  readonly act: "dissolve";
  readonly unit: string;
}

/** One administrative act on the units. */
export type UnitAct = AddAct | RenameAct | MoveAct | MergeAct | SplitAct | DissolveAct;
