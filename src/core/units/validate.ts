import type { BaocaoError } from "../errors.ts";
import { buildIndex } from "./history-index.ts";
import type { OrgUnit, UnitEvent } from "./types.ts";
import { checkEventRefs } from "./validate-event-refs.ts";
import { checkEventTiming } from "./validate-event-timing.ts";
import { checkTree } from "./validate-tree.ts";
import { checkUnits } from "./validate-units.ts";

/**
 * Every problem in a set of units and events, as BaocaoErrors with Vietnamese messages; empty when
 * the history is sound. Timing and tree checks only run once codes, dates and weights are right,
 * because a wrong code or date would otherwise be reported again by every later check.
 */
export function validateUnitHistory(
  units: readonly OrgUnit[],
  events: readonly UnitEvent[],
): readonly BaocaoError[] {
  const unitErrors = checkUnits(units);
  const index = buildIndex(units, events);
  const refErrors = checkEventRefs(events, index.units);
  if (unitErrors.length > 0 || refErrors.length > 0) return [...unitErrors, ...refErrors];
  return [...checkEventTiming(index), ...checkTree(index)];
}
