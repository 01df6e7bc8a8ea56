import type { BaocaoError } from "../../core/errors.ts";
import type { UnitAct } from "./acts.ts";

/**
 * The field of an act's form that a refusal of the core is about, so the screen can show the
 * core's message under it. Only a mapping: the checks themselves stay in `core/units`.
 */
export function fieldOf(error: BaocaoError, act: UnitAct): string | undefined {
  const unit = (error.details as { unit?: unknown }).unit;
  switch (error.code) {
    case "units.split_weights":
    case "units.invalid_weight":
      return "targets";
    case "units.duplicate_code":
      return "code";
    case "units.invalid_parent_kind":
    case "units.parent_cycle":
    case "units.unknown_parent":
      return "parent";
    case "units.parent_not_valid":
      return act.act === "add" || act.act === "move" ? "parent" : "date";
    case "units.invalid_date":
    case "units.event_unit_not_valid":
    case "units.event_validity_mismatch":
    case "units.not_valid_at_date":
    case "units.conflicting_events":
    case "units.end_without_event":
    case "units.overlapping_validity":
    case "units.invalid_interval":
      return "date";
    case "units.invalid_event":
      return act.act === "rename"
        ? "nameVi"
        : act.act === "merge"
          ? "sources"
          : act.act === "split"
            ? "targets"
            : undefined;
    case "units.unknown_unit":
      return unitField(act, typeof unit === "string" ? unit : undefined);
    default:
      return undefined;
  }
}

function unitField(act: UnitAct, code: string | undefined): string {
  switch (act.act) {
    case "add":
      return "parent";
    case "move":
      return code === act.parent ? "parent" : "unit";
    case "merge":
      return code === act.target ? "target" : "sources";
    case "split":
      return code === act.source ? "source" : "targets";
    default:
      return "unit";
  }
}
