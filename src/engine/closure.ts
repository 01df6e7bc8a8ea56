import { formatPeriodId, nextPeriod, parsePeriod } from "../core/periods/index.ts";
import type { UnitHistory } from "../core/units/index.ts";
import type { ClosureRow } from "../store/index.ts";

/** The month after the last: closure ranges that are still open end here. */
export const OPEN_END = "9999-12";

/**
 * The first month wholly under a change dated `date`: a change on the 1st counts from that
 * month, a change later in a month from the next one (values are stored per month).
 */
export function firstMonthFrom(date: string): string {
  const month = date.slice(0, 7);
  return date.endsWith("-01") ? month : formatPeriodId(nextPeriod(parsePeriod(month)));
}

/**
 * Month-by-month ancestry of every unit: for each stretch of months in which the tree does not
 * change, each valid unit counts towards itself and its ancestors as of the stretch's first day.
 */
export function closureRows(history: UnitHistory): ClosureRow[] {
  const dates = [
    ...history.units.flatMap((u) => (u.validTo ? [u.validFrom, u.validTo] : [u.validFrom])),
    ...history.events.map((e) => e.date),
  ];
  const starts = [...new Set(dates.map(firstMonthFrom))].sort();
  const rows: ClosureRow[] = [];
  const open = new Map<string, { row: ClosureRow; index: number }>();
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? OPEN_END;
    const tree = history.treeAsOf(`${start}-01`);
    const seen = new Set<string>();
    for (const unit of tree.units) {
      const chain = [unit, ...tree.ancestors(unit.code)];
      for (const [depth, ancestor] of chain.entries()) {
        const key = `${unit.code}\u0000${ancestor.code}\u0000${depth}`;
        seen.add(key);
        const previous = open.get(key);
        if (previous && previous.row.toPeriod === start) {
          const extended = { ...previous.row, toPeriod: end };
          rows[previous.index] = extended;
          open.set(key, { row: extended, index: previous.index });
        } else {
          const row = {
            unitCode: unit.code,
            ancestorCode: ancestor.code,
            depth,
            fromPeriod: start,
            toPeriod: end,
          };
          open.set(key, { row, index: rows.push(row) - 1 });
        }
      }
    }
    for (const key of open.keys()) if (!seen.has(key)) open.delete(key);
  }
  return rows;
}
