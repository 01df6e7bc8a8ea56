import type { Engine } from "../engine/index.ts";

/** The first day of a month id, the date unit trees of that month are read at. */
export function monthStart(period: string): string {
  return `${period}-01`;
}

/** The unit's Vietnamese name as of the month; unknown units throw `units.unknown_unit` (404). */
export function unitAsOf(engine: Engine, unit: string, period: string) {
  const state = engine.units.treeAsOf(monthStart(period)).get(unit);
  return { code: state.code, nameVi: state.nameVi };
}

/** The unit and every unit below it in the month's tree. */
export function subtreeOf(engine: Engine, unit: string, period: string): Set<string> {
  const tree = engine.units.treeAsOf(monthStart(period));
  return new Set([unit, ...tree.descendants(unit).map((u) => u.code)]);
}
