import { BaocaoError } from "../errors.ts";
import { formatDateVi } from "../time/index.ts";
import { type HistoryIndex, isValidAt, stateAsOf } from "./history-index.ts";
import { unitLabel, validityLabel } from "./labels.ts";
import type { UnitState } from "./types.ts";

/** The units valid on one date, with their names and parents as of that date. */
export interface UnitTree {
  readonly date: string;
  /** All units valid on `date`, in input order. */
  readonly units: readonly UnitState[];
  /** True when `code` is valid on `date`. */
  has(code: string): boolean;
  /** The unit as of `date`; throws `units.unknown_unit` or `units.not_valid_at_date`. */
  get(code: string): UnitState;
  /** Units without a parent (the provinces, and agencies outside the tree). */
  roots(): readonly UnitState[];
  /** Direct children, in input order. */
  children(code: string): readonly UnitState[];
  /** All units below `code`, depth first, parents before their children. */
  descendants(code: string): readonly UnitState[];
  /** Parent, grandparent… up to the root, nearest first. */
  ancestors(code: string): readonly UnitState[];
}

/** Builds the tree as of `date` (an event dated `date` is already in effect). */
export function buildTree(index: HistoryIndex, date: string): UnitTree {
  const states = new Map<string, UnitState>();
  for (const code of index.order) {
    const unit = index.units.get(code);
    if (unit && isValidAt(unit, date))
      states.set(code, Object.freeze(stateAsOf(index, unit, date)));
  }
  const childLists = new Map<string | null, UnitState[]>();
  for (const state of states.values()) {
    const list = childLists.get(state.parent) ?? [];
    list.push(state);
    childLists.set(state.parent, list);
  }
  const get = (code: string): UnitState => {
    const state = states.get(code);
    if (state) return state;
    const unit = index.units.get(code);
    if (!unit) {
      throw new BaocaoError("units.unknown_unit", `Không có đơn vị nào mang mã "${code}".`, {
        unit: code,
      });
    }
    const message = `Đơn vị ${unitLabel(code, unit.nameVi)} không có hiệu lực vào ngày ${formatDateVi(date)} (đơn vị ${validityLabel(unit)}).`;
    throw new BaocaoError("units.not_valid_at_date", message, { unit: code, date });
  };
  const children = (code: string): readonly UnitState[] => {
    get(code);
    return Object.freeze([...(childLists.get(code) ?? [])]);
  };
  const descendants = (code: string): readonly UnitState[] => {
    const result: UnitState[] = [];
    // Validation rules out cycles; the guard keeps an unvalidated tree from looping forever.
    const seen = new Set<string>([code]);
    const visit = (parent: string) => {
      for (const child of childLists.get(parent) ?? []) {
        if (seen.has(child.code)) continue;
        seen.add(child.code);
        result.push(child);
        visit(child.code);
      }
    };
    get(code);
    visit(code);
    return Object.freeze(result);
  };
  const ancestors = (code: string): readonly UnitState[] => {
    const result: UnitState[] = [];
    const seen = new Set<string>([code]);
    let parent = get(code).parent;
    while (parent !== null && !seen.has(parent)) {
      const state = states.get(parent);
      if (!state) break;
      seen.add(parent);
      result.push(state);
      parent = state.parent;
    }
    return Object.freeze(result);
  };
  return Object.freeze({
    date,
    units: Object.freeze([...states.values()]),
    has: (code: string) => states.has(code),
    get,
    roots: () => Object.freeze([...(childLists.get(null) ?? [])]),
    children,
    descendants,
    ancestors,
  });
}
