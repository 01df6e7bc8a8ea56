import type {
  MoveEvent,
  OrgUnit,
  RenameEvent,
  StructuralEvent,
  UnitEvent,
  UnitFlow,
  UnitState,
} from "./types.ts";

/** Lookup tables over units and events, shared by validation, trees, mappings and lineage. */
export interface HistoryIndex {
  readonly units: ReadonlyMap<string, OrgUnit>;
  /** Unit codes in input order, so trees list children the way the data lists them. */
  readonly order: readonly string[];
  readonly events: readonly UnitEvent[];
  /** Renames and moves of each unit, oldest first. */
  readonly renames: ReadonlyMap<string, readonly RenameEvent[]>;
  readonly moves: ReadonlyMap<string, readonly MoveEvent[]>;
  /** For each unit and date, the merge, split or dissolve the unit is a source of. */
  readonly outgoing: ReadonlyMap<string, ReadonlyMap<string, StructuralEvent>>;
  /** Every value flow of every merge and split, oldest first. */
  readonly flows: readonly UnitFlow[];
}

/** True when `unit` exists on `date` (validFrom inclusive, validTo exclusive). */
export function isValidAt(unit: OrgUnit, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || date < unit.validTo);
}

/** True when `unit` exists on the day before `date`, i.e. an event on `date` may consume it. */
export function isValidJustBefore(unit: OrgUnit, date: string): boolean {
  return unit.validFrom < date && (unit.validTo === null || date <= unit.validTo);
}

/** The units whose values an event consumes. */
export function eventSources(event: StructuralEvent): readonly string[] {
  if (event.kind === "merge") return event.sources;
  if (event.kind === "split") return [event.source];
  return [event.unit];
}

/** The value flows an event creates (a dissolve creates none: its values are lost). */
export function eventFlows(event: StructuralEvent): readonly UnitFlow[] {
  const base = { date: event.date, eventId: event.id };
  if (event.kind === "merge") {
    return event.sources.map((from) => ({
      ...base,
      kind: "merge",
      from,
      to: event.target,
      weight: 1,
    }));
  }
  if (event.kind === "split") {
    return event.targets.map((share) => ({
      ...base,
      kind: "split",
      from: event.source,
      to: share.unit,
      weight: share.weight,
    }));
  }
  return [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookup tables; the first unit wins when a code repeats (validation reports it). */
export function buildIndex(units: readonly OrgUnit[], events: readonly UnitEvent[]): HistoryIndex {
  const byCode = new Map<string, OrgUnit>();
  for (const unit of units) if (!byCode.has(unit.code)) byCode.set(unit.code, unit);
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const renames = new Map<string, RenameEvent[]>();
  const moves = new Map<string, MoveEvent[]>();
  const outgoing = new Map<string, Map<string, StructuralEvent>>();
  const flows: UnitFlow[] = [];
  for (const event of sorted) {
    if (event.kind === "rename") push(renames, event.unit, event);
    else if (event.kind === "move") push(moves, event.unit, event);
    else {
      for (const source of eventSources(event)) {
        const byDate = outgoing.get(source) ?? new Map<string, StructuralEvent>();
        if (!byDate.has(event.date)) byDate.set(event.date, event);
        outgoing.set(source, byDate);
      }
      flows.push(...eventFlows(event));
    }
  }
  return {
    units: byCode,
    order: [...byCode.keys()],
    events: sorted,
    renames,
    moves,
    outgoing,
    flows,
  };
}

function lastOnOrBefore<T extends { readonly date: string }>(
  list: readonly T[] | undefined,
  date: string,
): T | undefined {
  let found: T | undefined;
  for (const item of list ?? []) if (item.date <= date) found = item;
  return found;
}

/** The unit's names and parent as of `date`, after the renames and moves dated up to `date`. */
export function stateAsOf(index: HistoryIndex, unit: OrgUnit, date: string): UnitState {
  const rename = lastOnOrBefore(index.renames.get(unit.code), date);
  const move = lastOnOrBefore(index.moves.get(unit.code), date);
  return {
    code: unit.code,
    nameVi: rename ? rename.nameVi : unit.nameVi,
    nameEn: rename ? rename.nameEn : unit.nameEn,
    kind: unit.kind,
    parent: move ? move.parent : unit.parent,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  };
}

/** The units valid on `date`, in input order. */
export function validCodes(index: HistoryIndex, date: string): string[] {
  return index.order.filter((code) => {
    const unit = index.units.get(code);
    return unit !== undefined && isValidAt(unit, date);
  });
}
