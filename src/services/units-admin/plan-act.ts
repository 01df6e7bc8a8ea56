import type { OrgUnit, UnitEvent, UnitHistory } from "../../core/units/index.ts";
import type { NewUnit, UnitAct } from "./acts.ts";
import { eventId } from "./event-id.ts";

/** What an act writes, and which units it is about. */
export interface ActPlan {
  /** Unit rows written: new units, and units that end on the act's date. */
  readonly units: readonly OrgUnit[];
  /** The act's event (none for a new unit: its row says when it begins). */
  readonly events: readonly UnitEvent[];
  /** Every unit whose definition the act changes, with the audit's word for it. */
  readonly touched: readonly { readonly code: string; readonly action: string }[];
  /** Existing units the administrator must manage (`definition.manage`) for the act. */
  readonly guarded: readonly string[];
}

/** The audit's word for each act. */
const ACTION: Readonly<Record<UnitAct["act"], string>> = {
  add: "create",
  rename: "rename",
  move: "move",
  merge: "merge",
  split: "split",
  dissolve: "dissolve",
};

/**
 * Turns an act into the units and the event that record it, over the history as it is. Nothing is
 * checked here but what only the act knows: the merged history is validated by the core when the
 * change is imported (unknown codes, dates outside a unit's life, weights, parents, cycles).
 */
export function planAct(history: UnitHistory, act: UnitAct): ActPlan {
  const taken = new Set(history.events.map((e) => e.id));
  const base = { date: act.date, ...(act.basis?.trim() ? { basis: act.basis.trim() } : {}) };
  const created = (u: NewUnit): OrgUnit => ({ ...u, validFrom: act.date, validTo: null });
  const ending = (code: string): OrgUnit[] => {
    const unit = history.units.find((u) => u.code === code);
    return unit ? [{ ...unit, validTo: act.date }] : [];
  };
  const action = ACTION[act.act];
  const touch = (codes: readonly string[]) => [...new Set(codes)].map((code) => ({ code, action }));
  const newCodes = new Set(
    (act.act === "merge" || act.act === "split" ? act.newUnits : [])?.map((u) => u.code),
  );
  const existing = (codes: readonly string[]) => codes.filter((c) => !newCodes.has(c));
  const parentsOfNew = (units: readonly NewUnit[] = []) =>
    units.flatMap((u) => (u.parent === null ? [u.code] : [u.parent]));

  switch (act.act) {
    case "add":
      return {
        units: [created(act.unit)],
        events: [],
        touched: touch([act.unit.code]),
        // A new root has no parent to be administered over: only a grant on its code would do.
        guarded: [act.unit.parent ?? act.unit.code],
      };
    case "rename": {
      const id = eventId(act.date, "rename", act.unit, taken);
      const event: UnitEvent = {
        id,
        kind: "rename",
        ...base,
        unit: act.unit,
        nameVi: act.nameVi.trim(),
        nameEn: act.nameEn.trim(),
      };
      return { units: [], events: [event], touched: touch([act.unit]), guarded: [act.unit] };
    }
    case "move": {
      const id = eventId(act.date, "move", act.unit, taken);
      const event: UnitEvent = { id, kind: "move", ...base, unit: act.unit, parent: act.parent };
      // Moving a unit into a subtree is a change there too.
      const guarded = act.parent === null ? [act.unit] : [act.unit, act.parent];
      return { units: [], events: [event], touched: touch([act.unit]), guarded };
    }
    case "merge": {
      const id = eventId(act.date, "merge", act.target, taken);
      const event: UnitEvent = {
        id,
        kind: "merge",
        ...base,
        sources: [...act.sources],
        target: act.target,
      };
      const ended = act.sources.filter((s) => s !== act.target).flatMap(ending);
      return {
        units: [...(act.newUnits ?? []).map(created), ...ended],
        events: [event],
        touched: touch([...act.sources, act.target]),
        guarded: [...existing([...act.sources, act.target]), ...parentsOfNew(act.newUnits)],
      };
    }
    case "split": {
      const id = eventId(act.date, "split", act.source, taken);
      const targets = act.targets.map((t) => ({ unit: t.unit, weight: t.weight }));
      const event: UnitEvent = { id, kind: "split", ...base, source: act.source, targets };
      const survives = targets.some((t) => t.unit === act.source);
      const codes = [act.source, ...targets.map((t) => t.unit)];
      return {
        units: [...(act.newUnits ?? []).map(created), ...(survives ? [] : ending(act.source))],
        events: [event],
        touched: touch(codes),
        guarded: [...existing(codes), ...parentsOfNew(act.newUnits)],
      };
    }
    case "dissolve": {
      const id = eventId(act.date, "dissolve", act.unit, taken);
      const event: UnitEvent = { id, kind: "dissolve", ...base, unit: act.unit };
      return {
        units: ending(act.unit),
        events: [event],
        touched: touch([act.unit]),
        guarded: [act.unit],
      };
    }
  }
}
