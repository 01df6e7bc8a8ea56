import { BaocaoError } from "../errors.ts";
import { formatDateVi, isIsoDate } from "../time/index.ts";
import { frozenCopy } from "./freeze.ts";
import { buildIndex } from "./history-index.ts";
import { lineageOf, type UnitLineage } from "./lineage.ts";
import { mappingBetween } from "./mapping.ts";
import type { UnitMapping } from "./mapping-types.ts";
import { buildTree, type UnitTree } from "./tree.ts";
import type { OrgUnit, UnitEvent } from "./types.ts";
import { validateUnitHistory } from "./validate.ts";

/** A validated, immutable history of units and restructuring events. */
export interface UnitHistory {
  readonly units: readonly OrgUnit[];
  /** The events, oldest first (events of one date keep their input order). */
  readonly events: readonly UnitEvent[];
  /** The units valid on `date`, with names and parents as of that date. */
  treeAsOf(date: string): UnitTree;
  /** The unit's Vietnamese name as last defined, or undefined for an unknown code. */
  nameOf(code: string): string | undefined;
  /** Names, parents, predecessors and successors of one code. */
  lineage(code: string): UnitLineage;
  /** How values of the units of `fromDate` map onto the units of `toDate` (either direction). */
  mappingBetween(fromDate: string, toDate: string): UnitMapping;
}

function checkDate(date: string): void {
  if (isIsoDate(date)) return;
  const message = `Ngày "${date}" không phải ngày hợp lệ dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ ${formatDateVi("2025-07-01")} viết là 2025-07-01.`;
  throw new BaocaoError("units.invalid_date", message, { value: date });
}

/**
 * Validates units and events and returns their history; throws the first problem found as a
 * BaocaoError whose `details.problems` lists all of them (use `validateUnitHistory` to get them
 * without throwing).
 * Example: `buildUnitHistory(units, events).treeAsOf("2023-08-14").children("NGA_NAM")`.
 */
export function buildUnitHistory(
  units: readonly OrgUnit[],
  events: readonly UnitEvent[],
): UnitHistory {
  const problems = validateUnitHistory(units, events);
  const first = problems[0];
  if (first) {
    const list = problems.map((problem) => ({ code: problem.code, message: problem.message }));
    throw new BaocaoError(first.code, first.message, { ...first.details, problems: list });
  }
  const index = buildIndex(frozenCopy(units), frozenCopy(events));
  // The history never changes, so trees and lineages are built once per date and code: every
  // request of the server asks for the tree of its month and the lineage of its units.
  const trees = new Map<string, UnitTree>();
  const lineages = new Map<string, UnitLineage>();
  return Object.freeze({
    units: Object.freeze([...index.units.values()]),
    events: Object.freeze(index.events),
    treeAsOf: (date: string) => {
      checkDate(date);
      return remember(trees, date, () => buildTree(index, date));
    },
    nameOf: (code: string) => index.units.get(code)?.nameVi,
    lineage: (code: string) => remember(lineages, code, () => lineageOf(index, code)),
    mappingBetween: (fromDate: string, toDate: string) => mappingBetween(index, fromDate, toDate),
  });
}

/** The cached value of `key`, made once; the cache is emptied when it grows past 500 entries. */
function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const found = cache.get(key);
  if (found !== undefined) return found;
  if (cache.size >= 500) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}
