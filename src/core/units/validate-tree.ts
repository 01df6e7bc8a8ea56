import { BaocaoError } from "../errors.ts";
import { formatDateVi } from "../time/index.ts";
import { type HistoryIndex, isValidAt, stateAsOf } from "./history-index.ts";
import { unitKindLabel, unitLabel, validityLabel } from "./labels.ts";
import type { OrgUnit, UnitKind } from "./types.ts";

/** Which kinds may hold which: agencies sit anywhere, the administrative levels nest strictly. */
const ALLOWED_PARENTS: Readonly<Record<UnitKind, readonly UnitKind[]>> = {
  province: [],
  district: ["province"],
  commune: ["province", "district"],
  agency: ["province", "district", "commune", "agency"],
};

interface Segment {
  readonly start: string;
  readonly end: string | null;
  readonly parent: string | null;
}

/** The unit's life cut where its parent changes. */
function segments(index: HistoryIndex, unit: OrgUnit): Segment[] {
  const starts = [unit.validFrom, ...(index.moves.get(unit.code) ?? []).map((m) => m.date)];
  const unique = [...new Set(starts)].filter((d) => isValidAt(unit, d)).sort();
  return unique.map((start, i) => ({
    start,
    end: unique[i + 1] ?? unit.validTo,
    parent: stateAsOf(index, unit, start).parent,
  }));
}

function coversSegment(parent: OrgUnit, segment: Segment): boolean {
  if (parent.validFrom > segment.start) return false;
  if (parent.validTo === null) return true;
  return segment.end !== null && parent.validTo >= segment.end;
}

function checkParents(index: HistoryIndex, unit: OrgUnit, provinces: boolean): BaocaoError[] {
  const errors: BaocaoError[] = [];
  const label = unitLabel(unit.code, unit.nameVi);
  for (const segment of segments(index, unit)) {
    const details = { unit: unit.code, parent: segment.parent, date: segment.start };
    if (segment.parent === null) {
      // A commune's (or a district's) own installation holds no province, so there it is the root
      // (a database started from nothing with `baocao init`); where provinces are, it belongs in one.
      if (provinces && (unit.kind === "district" || unit.kind === "commune")) {
        const message = `Đơn vị ${unitKindLabel(unit.kind)} ${label} phải có đơn vị cấp trên (từ ngày ${formatDateVi(segment.start)}).`;
        errors.push(new BaocaoError("units.invalid_parent_kind", message, details));
      }
      continue;
    }
    const parent = index.units.get(segment.parent) as OrgUnit;
    const parentLabel = unitLabel(parent.code, parent.nameVi);
    if (!ALLOWED_PARENTS[unit.kind].includes(parent.kind)) {
      const message = `Đơn vị ${unitKindLabel(unit.kind)} ${label} không thể trực thuộc đơn vị ${unitKindLabel(parent.kind)} ${parentLabel}.`;
      errors.push(new BaocaoError("units.invalid_parent_kind", message, details));
    }
    if (!coversSegment(parent, segment)) {
      const until =
        segment.end === null ? "đến nay" : `đến trước ngày ${formatDateVi(segment.end)}`;
      const message = `Đơn vị ${label} trực thuộc ${parentLabel} từ ngày ${formatDateVi(segment.start)} ${until}, nhưng ${parentLabel} ${validityLabel(parent)}; hãy ghi sự kiện chuyển đơn vị cấp trên.`;
      errors.push(
        new BaocaoError("units.parent_not_valid", message, { ...details, end: segment.end }),
      );
    }
  }
  return errors;
}

/** The cycles of the parent relation on one date, each as its list of codes. */
function cyclesOn(index: HistoryIndex, date: string): string[][] {
  const parentOf = new Map<string, string | null>();
  for (const unit of index.units.values()) {
    if (isValidAt(unit, date)) parentOf.set(unit.code, stateAsOf(index, unit, date).parent);
  }
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current != null && !done.has(current) && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current);
    }
    if (current != null && path.includes(current)) cycles.push(path.slice(path.indexOf(current)));
    for (const code of path) done.add(code);
  }
  return cycles;
}

/** Checks the parent relation on every date it changes: kinds, parents' validity, cycles. */
export function checkTree(index: HistoryIndex): BaocaoError[] {
  const units = [...index.units.values()];
  const provinces = units.some((u) => u.kind === "province");
  const errors = units.flatMap((unit) => checkParents(index, unit, provinces));
  const dates = new Set<string>();
  for (const unit of index.units.values()) dates.add(unit.validFrom);
  for (const list of index.moves.values()) for (const move of list) dates.add(move.date);
  const reported = new Set<string>();
  for (const date of [...dates].sort()) {
    for (const cycle of cyclesOn(index, date)) {
      const key = [...cycle].sort().join("|");
      if (reported.has(key)) continue;
      reported.add(key);
      const names = cycle.map((code) => unitLabel(code, index.units.get(code)?.nameVi));
      const message = `Quan hệ cấp trên bị vòng lặp vào ngày ${formatDateVi(date)}: ${[...names, names[0]].join(" → ")}.`;
      errors.push(new BaocaoError("units.parent_cycle", message, { units: cycle, date }));
    }
  }
  return errors;
}
