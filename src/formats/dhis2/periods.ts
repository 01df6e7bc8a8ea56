import { formatPeriodId, tryParsePeriod } from "../../core/periods/index.ts";

/**
 * A DHIS2 period as a baocao month: ISO `202308` (data value sets) or ADX `2023-08-01/P1M`;
 * undefined for anything but a month (baocao stores monthly values).
 * @example monthOfDhis2("2023-08-01/P1M") // "2023-08"
 */
export function monthOfDhis2(period: string): string | undefined {
  const adx = /^(\d{4})-(\d{2})-01\/P1M$/.exec(period.trim());
  const parsed = tryParsePeriod(adx ? `${adx[1]}-${adx[2]}` : period);
  return parsed?.type === "month" ? formatPeriodId(parsed) : undefined;
}

/** A baocao month as DHIS2's ISO period: "2023-08" → "202308". */
export function dhis2Period(month: string): string {
  return month.replace("-", "");
}

/** A baocao month as an ADX period: "2023-08" → "2023-08-01/P1M". */
export function adxPeriod(month: string): string {
  return `${month}-01/P1M`;
}
