import { formatDateVi } from "../time/index.ts";
import { type FlowShares, flowShares } from "./flow-shares.ts";
import { type HistoryIndex, stateAsOf, validCodes } from "./history-index.ts";
import { unitLabel } from "./labels.ts";
import type { MappingTarget, UnitMapping } from "./mapping-types.ts";
import { buildTree } from "./tree.ts";
import { WEIGHT_TOLERANCE } from "./validate-event-refs.ts";

function nameOn(index: HistoryIndex, code: string, date: string): string {
  const unit = index.units.get(code);
  return unitLabel(code, unit ? stateAsOf(index, unit, date).nameVi : undefined);
}

interface Context {
  readonly index: HistoryIndex;
  readonly later: string;
  readonly earlier: string;
  readonly flows: FlowShares;
  readonly laterUnits: readonly string[];
  /** later unit → the earlier units any of whose value it holds. */
  readonly originsOf: ReadonlyMap<string, readonly string[]>;
}

/** Rebuilds one old unit (with its subtree) from later units, or says why it cannot. */
function backwardTarget(ctx: Context, code: string, group: ReadonlySet<string>): MappingTarget {
  const { index, later, earlier, flows } = ctx;
  const holders = new Set<string>();
  for (const member of group)
    for (const unit of flows.shares.get(member)?.keys() ?? []) holders.add(unit);
  const related = ctx.laterUnits.filter((unit) => holders.has(unit));
  const blocked = (why: string): MappingTarget => {
    const reason = `Không thể tách ngược số liệu về đơn vị ${nameOn(index, code, earlier)} ngày ${formatDateVi(earlier)}: ${why}`;
    return { unit: code, computable: false, related, reason };
  };
  if (related.length === 0) {
    return blocked(
      `đơn vị này và các đơn vị trực thuộc đã giải thể, không có đơn vị kế thừa vào ngày ${formatDateVi(later)}.`,
    );
  }
  for (const unit of related) {
    const outsider = (ctx.originsOf.get(unit) ?? []).find((origin) => !group.has(origin));
    if (outsider !== undefined) {
      return blocked(
        `đơn vị ${nameOn(index, unit, later)} ngày ${formatDateVi(later)} còn gồm số liệu của ${nameOn(index, outsider, earlier)}, không thuộc ${nameOn(index, code, earlier)}.`,
      );
    }
  }
  // A member lost entirely (e.g. the dissolved district itself) is simply left out; one lost in
  // part would leave an arbitrary fraction of its value in the total.
  const lostShare = (member: string) => flows.lost.get(member) ?? 0;
  const partly = [...group].find((m) => lostShare(m) > 0 && lostShare(m) < 1 - WEIGHT_TOLERANCE);
  if (partly !== undefined) {
    return blocked(
      `một phần số liệu của ${nameOn(index, partly, earlier)} đã chuyển sang một đơn vị về sau bị giải thể, nên không tính lại được toàn bộ.`,
    );
  }
  const notCarried = [...group].filter((member) => lostShare(member) > 0);
  return {
    unit: code,
    computable: true,
    sources: related.map((unit) => ({ unit, weight: 1 })),
    notCarried,
  };
}

/** Maps values of the units of `later` back onto each unit of `earlier` and its subtree. */
export function backwardMapping(index: HistoryIndex, later: string, earlier: string): UnitMapping {
  const flows = flowShares(index, earlier, later);
  const originsOf = new Map<string, string[]>();
  for (const [origin, reached] of flows.shares) {
    for (const [unit, weight] of reached) {
      if (weight <= 0) continue;
      const list = originsOf.get(unit);
      if (list) list.push(origin);
      else originsOf.set(unit, [origin]);
    }
  }
  const laterUnits = validCodes(index, later);
  const ctx: Context = { index, later, earlier, flows, laterUnits, originsOf };
  const oldTree = buildTree(index, earlier);
  const targets = oldTree.units.map((old) => {
    const group = new Set([old.code, ...oldTree.descendants(old.code).map((u) => u.code)]);
    return backwardTarget(ctx, old.code, group);
  });
  return {
    fromDate: later,
    toDate: earlier,
    direction: "backward",
    sourceUnits: laterUnits,
    targets,
    unmapped: [],
  };
}
