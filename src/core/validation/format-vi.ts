import { formatNumber } from "../numbers/index.ts";

/**
 * Writes a number the Vietnamese way for messages, at most `maxDecimals` decimals and no
 * trailing zeros: 6366 → "6.366", 101.5882 → "101,59".
 */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return "(không xác định)";
  return formatNumber(value, { decimals: maxDecimals, minDecimals: 0 });
}
