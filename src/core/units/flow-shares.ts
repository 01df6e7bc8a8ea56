import { eventFlows, type HistoryIndex, isValidAt } from "./history-index.ts";

/** Where the value of each unit of the start date ends up on the end date. */
export interface FlowShares {
  /** origin → (unit on the end date → share of the origin's value). */
  readonly shares: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** origin → share of its value lost to dissolutions (absent when nothing was lost). */
  readonly lost: ReadonlyMap<string, number>;
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Composes the merges, splits and dissolutions dated after `fromDate` and up to `toDate`
 * (`fromDate <= toDate`): a share that passes a 0.6 split and then a merge arrives as 0.6.
 */
export function flowShares(index: HistoryIndex, fromDate: string, toDate: string): FlowShares {
  const shares = new Map<string, Map<string, number>>();
  for (const code of index.order) {
    const unit = index.units.get(code);
    if (unit && isValidAt(unit, fromDate)) shares.set(code, new Map([[code, 1]]));
  }
  const lost = new Map<string, number>();
  const dates = new Set<string>();
  for (const event of index.events) {
    const structural = event.kind !== "rename" && event.kind !== "move";
    if (structural && event.date > fromDate && event.date <= toDate) dates.add(event.date);
  }
  for (const date of [...dates].sort()) {
    for (const [origin, current] of shares) {
      const next = new Map<string, number>();
      for (const [code, share] of current) {
        const event = index.outgoing.get(code)?.get(date);
        if (!event) add(next, code, share);
        else if (event.kind === "dissolve") add(lost, origin, share);
        else
          for (const flow of eventFlows(event))
            if (flow.from === code) add(next, flow.to, share * flow.weight);
      }
      shares.set(origin, next);
    }
  }
  return { shares, lost };
}
