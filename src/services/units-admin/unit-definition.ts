import type { OrgUnit, UnitEvent, UnitHistory } from "../../core/units/index.ts";
import type { Repositories } from "../../store/index.ts";
import { definitionVersion } from "../definitions/index.ts";

/**
 * A unit as an administrator changes it: its row and the events it is the subject of. The row
 * alone would not do as a version: a rename or a move adds an event and leaves the row as it was,
 * so two administrators renaming the same unit would both pass a check of the row.
 */
export interface UnitDefinition {
  readonly unit: OrgUnit;
  readonly events: readonly UnitEvent[];
}

/** True when `code` is what the event renames, moves, dissolves, merges or splits. */
export function eventConcerns(event: UnitEvent, code: string): boolean {
  switch (event.kind) {
    case "rename":
    case "move":
    case "dissolve":
      return event.unit === code;
    case "merge":
      return event.target === code || event.sources.includes(code);
    case "split":
      return event.source === code || event.targets.some((t) => t.unit === code);
  }
}

/** The unit's definition among `units` and `events`, or null when there is no such unit. */
export function unitDefinition(
  units: readonly OrgUnit[],
  events: readonly UnitEvent[],
  code: string,
): UnitDefinition | null {
  const unit = units.find((u) => u.code === code);
  if (!unit) return null;
  const own = events
    .filter((e) => eventConcerns(e, code))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { unit, events: own };
}

/** The version of one unit's definition (null: no such unit), as the read API shows it. */
export function unitVersion(
  units: readonly OrgUnit[],
  events: readonly UnitEvent[],
  code: string,
): string | null {
  return definitionVersion(unitDefinition(units, events, code));
}

/** The unit's definition as stored now (inside a change's transaction). */
export async function storedUnitDefinition(
  repos: Repositories,
  code: string,
): Promise<UnitDefinition | null> {
  const unit = await repos.units.get(code);
  if (!unit) return null;
  return unitDefinition([unit], await repos.units.listEvents(), code);
}

/**
 * The version of every unit of a history, made once per history (the units list shows them on
 * every request, and a history never changes: a change of units makes a new one).
 */
export function unitVersions(history: UnitHistory): ReadonlyMap<string, string> {
  let versions = versionsByHistory.get(history);
  if (!versions) {
    const byUnit = new Map<string, UnitEvent[]>();
    for (const event of history.events)
      for (const unit of history.units)
        if (eventConcerns(event, unit.code))
          byUnit.set(unit.code, [...(byUnit.get(unit.code) ?? []), event]);
    versions = new Map();
    for (const unit of history.units) {
      const own = unitDefinition([unit], byUnit.get(unit.code) ?? [], unit.code);
      versions.set(unit.code, definitionVersion(own) ?? "");
    }
    versionsByHistory.set(history, versions);
  }
  return versions;
}

const versionsByHistory = new WeakMap<UnitHistory, Map<string, string>>();
