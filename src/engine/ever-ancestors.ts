import type { UnitHistory } from "../core/units/index.ts";
import type { Engine } from "./engine.ts";

/**
 * Every unit the code ever sat under, by its whole history: a grant on a town covers its wards
 * for every month they belonged to it, before and after a reorganisation.
 */
export function everAncestors(engine: Pick<Engine, "units">, unit: string): readonly string[] {
  const history = engine.units;
  let known = ancestorsByHistory.get(history);
  if (!known) {
    known = new Map();
    ancestorsByHistory.set(history, known);
  }
  const cached = known.get(unit);
  if (cached) return cached;
  const codes = new Set(history.units.map((u) => u.code));
  const found = new Set<string>();
  const queue = [unit];
  while (queue.length > 0) {
    const code = queue.pop() as string;
    if (!codes.has(code)) continue;
    for (const { parent } of history.lineage(code).parents) {
      if (parent && !found.has(parent)) {
        found.add(parent);
        queue.push(parent);
      }
    }
  }
  const ancestors = [...found];
  known.set(unit, ancestors);
  return ancestors;
}

// Per unit history (replaced whenever units are saved), so a new history starts a new cache.
const ancestorsByHistory = new WeakMap<UnitHistory, Map<string, readonly string[]>>();
