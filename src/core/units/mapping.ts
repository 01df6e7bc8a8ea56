import { BaocaoError } from "../errors.ts";
import { isIsoDate } from "../time/index.ts";
import { flowShares } from "./flow-shares.ts";
import { deepFreeze } from "./freeze.ts";
import { type HistoryIndex, validCodes } from "./history-index.ts";
import { backwardMapping } from "./mapping-backward.ts";
import type { MappingSource, MappingTarget, UnitMapping } from "./mapping-types.ts";

function forwardMapping(index: HistoryIndex, fromDate: string, toDate: string): UnitMapping {
  const { shares, lost } = flowShares(index, fromDate, toDate);
  const targets: MappingTarget[] = validCodes(index, toDate).map((unit) => {
    const sources: MappingSource[] = [];
    for (const [origin, reached] of shares) {
      const weight = reached.get(unit);
      if (weight !== undefined && weight > 0) sources.push({ unit: origin, weight });
    }
    return { unit, computable: true, sources, notCarried: [] };
  });
  const unmapped = [...lost].map(([unit, weight]) => ({ unit, weight }));
  const sourceUnits = [...shares.keys()];
  return { fromDate, toDate, direction: "forward", sourceUnits, targets, unmapped };
}

/**
 * How values of the units of `fromDate` map onto the units of `toDate`; backward when `toDate`
 * is earlier. Example: `mappingBetween(index, "2023-08-14", "2025-07-01")` sends Phường 1, 2 and 3
 * to Phường Ngã Năm with weight 1 each.
 */
export function mappingBetween(index: HistoryIndex, fromDate: string, toDate: string): UnitMapping {
  for (const [field, value] of [
    ["fromDate", fromDate],
    ["toDate", toDate],
  ] as const) {
    if (!isIsoDate(value)) {
      const message = `Ngày "${value}" không phải ngày hợp lệ dạng năm-tháng-ngày (YYYY-MM-DD).`;
      throw new BaocaoError("units.invalid_date", message, { field, value });
    }
  }
  const forward = fromDate <= toDate;
  const mapping = forward
    ? forwardMapping(index, fromDate, toDate)
    : backwardMapping(index, fromDate, toDate);
  return deepFreeze(mapping);
}
