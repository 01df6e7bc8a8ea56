import { BaocaoError } from "../errors.ts";
import { deepFreeze } from "./freeze.ts";
import type { HistoryIndex } from "./history-index.ts";
import type { UnitFlow, UnitKind } from "./types.ts";

/** A name in force from `date`; `eventId` is null for the name the unit was created with. */
export interface NameChange {
  readonly date: string;
  readonly eventId: string | null;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** A parent in force from `date`; `eventId` is null for the parent the unit was created with. */
export interface ParentChange {
  readonly date: string;
  readonly eventId: string | null;
  readonly parent: string | null;
}

/** The history of one code and the units its values came from and went to. */
export interface UnitLineage {
  readonly code: string;
  readonly kind: UnitKind;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly names: readonly NameChange[];
  readonly parents: readonly ParentChange[];
  /** Every merge or split edge on a path into this unit (earlier ones first). */
  readonly predecessors: readonly UnitFlow[];
  /** Every merge or split edge on a path out of this unit (earlier ones first). */
  readonly successors: readonly UnitFlow[];
  /** Set when the unit ended without a successor. */
  readonly dissolved: { readonly date: string; readonly eventId: string } | null;
}

type Direction = "successors" | "predecessors";

/**
 * Follows flows away from `code`, only onward in time: a unit reached on date d continues through
 * its own later events (successors) or earlier ones (predecessors), not through all of its history.
 */
function follow(index: HistoryIndex, code: string, direction: Direction): UnitFlow[] {
  const forward = direction === "successors";
  const found = new Set<UnitFlow>();
  const queue: { unit: string; date: string | null }[] = [{ unit: code, date: null }];
  const expanded = new Set<string>();
  while (queue.length > 0) {
    const { unit, date } = queue.shift() as { unit: string; date: string | null };
    const key = `${unit}|${date}`;
    if (expanded.has(key)) continue;
    expanded.add(key);
    for (const flow of index.flows) {
      if (flow.from === flow.to || found.has(flow)) continue;
      if ((forward ? flow.from : flow.to) !== unit) continue;
      if (date !== null && (forward ? flow.date <= date : flow.date >= date)) continue;
      found.add(flow);
      queue.push({ unit: forward ? flow.to : flow.from, date: flow.date });
    }
  }
  // index.flows is sorted by date, so filtering it keeps the chronological order.
  return index.flows.filter((flow) => found.has(flow));
}

/** The lineage of `code`; throws `units.unknown_unit` for a code that never existed. */
export function lineageOf(index: HistoryIndex, code: string): UnitLineage {
  const unit = index.units.get(code);
  if (!unit) {
    throw new BaocaoError("units.unknown_unit", `Không có đơn vị nào mang mã "${code}".`, {
      unit: code,
    });
  }
  const names: NameChange[] = [
    { date: unit.validFrom, eventId: null, nameVi: unit.nameVi, nameEn: unit.nameEn },
    ...(index.renames.get(code) ?? []).map((e) => ({
      date: e.date,
      eventId: e.id,
      nameVi: e.nameVi,
      nameEn: e.nameEn,
    })),
  ];
  const parents: ParentChange[] = [
    { date: unit.validFrom, eventId: null, parent: unit.parent },
    ...(index.moves.get(code) ?? []).map((e) => ({
      date: e.date,
      eventId: e.id,
      parent: e.parent,
    })),
  ];
  const ending = unit.validTo === null ? undefined : index.outgoing.get(code)?.get(unit.validTo);
  const dissolved = ending?.kind === "dissolve" ? { date: ending.date, eventId: ending.id } : null;
  return deepFreeze({
    code,
    kind: unit.kind,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    names,
    parents,
    predecessors: follow(index, code, "predecessors"),
    successors: follow(index, code, "successors"),
    dissolved,
  });
}
