import { BaocaoError } from "../errors.ts";
import { formatDateVi } from "../time/index.ts";
import { eventSources, type HistoryIndex, isValidAt, isValidJustBefore } from "./history-index.ts";
import { eventLabel, unitLabel, validityLabel } from "./labels.ts";
import type { OrgUnit, StructuralEvent, UnitEvent } from "./types.ts";

function notValid(event: UnitEvent, unit: OrgUnit, before: boolean): BaocaoError {
  const when = before ? "ngay trước ngày đó" : "vào ngày đó";
  const message = `${eventLabel(event)}: đơn vị ${unitLabel(unit.code, unit.nameVi)} không có hiệu lực ${when} (đơn vị ${validityLabel(unit)}).`;
  return new BaocaoError("units.event_unit_not_valid", message, {
    event: event.id,
    unit: unit.code,
    date: event.date,
  });
}

function mustEnd(event: StructuralEvent, unit: OrgUnit): BaocaoError | undefined {
  if (unit.validTo === event.date) return undefined;
  const state =
    unit.validTo === null
      ? "vẫn còn hiệu lực"
      : `hết hiệu lực từ ngày ${formatDateVi(unit.validTo)}`;
  const message = `${eventLabel(event)}: đơn vị ${unitLabel(unit.code, unit.nameVi)} không còn sau sự kiện nên phải hết hiệu lực từ ngày ${formatDateVi(event.date)}, nhưng dữ liệu ghi đơn vị ${state}.`;
  return new BaocaoError("units.event_validity_mismatch", message, {
    event: event.id,
    unit: unit.code,
    date: event.date,
    validTo: unit.validTo,
  });
}

function checkStructural(event: StructuralEvent, units: HistoryIndex["units"]): BaocaoError[] {
  const errors: BaocaoError[] = [];
  const get = (code: string) => units.get(code) as OrgUnit;
  const survivors =
    event.kind === "merge"
      ? [event.target]
      : event.kind === "split"
        ? event.targets.map((s) => s.unit)
        : [];
  for (const code of eventSources(event)) {
    const unit = get(code);
    if (!isValidJustBefore(unit, event.date)) errors.push(notValid(event, unit, true));
    else if (!survivors.includes(code)) {
      const error = mustEnd(event, unit);
      if (error) errors.push(error);
    }
  }
  for (const code of survivors) {
    const unit = get(code);
    if (!isValidAt(unit, event.date)) errors.push(notValid(event, unit, false));
  }
  return errors;
}

function conflict(first: UnitEvent, second: UnitEvent, unit: OrgUnit): BaocaoError {
  const message = `Đơn vị ${unitLabel(unit.code, unit.nameVi)} có hai sự kiện cùng loại trong cùng ngày ${formatDateVi(first.date)}: ${eventLabel(first)} và ${eventLabel(second)}; hãy gộp lại thành một.`;
  return new BaocaoError("units.conflicting_events", message, {
    unit: unit.code,
    date: first.date,
    events: [first.id, second.id],
  });
}

/** Checks events against the validity of the units they touch; needs known codes. */
export function checkEventTiming(index: HistoryIndex): BaocaoError[] {
  const errors: BaocaoError[] = [];
  const seen = new Map<string, UnitEvent>();
  const remember = (key: string, event: UnitEvent, unit: OrgUnit) => {
    const first = seen.get(key);
    if (first) errors.push(conflict(first, event, unit));
    else seen.set(key, event);
  };
  for (const event of index.events) {
    if (event.kind === "rename" || event.kind === "move") {
      const unit = index.units.get(event.unit) as OrgUnit;
      if (!isValidAt(unit, event.date)) errors.push(notValid(event, unit, false));
      remember(`${event.kind}|${unit.code}|${event.date}`, event, unit);
      continue;
    }
    errors.push(...checkStructural(event, index.units));
    for (const code of eventSources(event)) {
      remember(`out|${code}|${event.date}`, event, index.units.get(code) as OrgUnit);
    }
  }
  for (const unit of index.units.values()) {
    if (unit.validTo === null || index.outgoing.get(unit.code)?.has(unit.validTo)) continue;
    const message = `Đơn vị ${unitLabel(unit.code, unit.nameVi)} hết hiệu lực từ ngày ${formatDateVi(unit.validTo)} nhưng không có sự kiện sáp nhập, chia tách hoặc giải thể nào vào ngày đó; hãy ghi sự kiện để biết số liệu cũ của đơn vị chuyển về đâu.`;
    errors.push(
      new BaocaoError("units.end_without_event", message, { unit: unit.code, date: unit.validTo }),
    );
  }
  return errors;
}
