import { roundHalfUp } from "../formula/index.ts";

/**
 * Writes a number the Vietnamese way for messages: `.` groups thousands, `,` marks decimals,
 * at most `maxDecimals` decimals and no trailing zeros: 6366 → "6.366", 101.5882 → "101,59".
 * Kept local and minimal: the full formatting rules live with the report composer.
 */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  const rounded = roundHalfUp(value, maxDecimals);
  const [whole = "0", fraction] = Math.abs(rounded).toFixed(maxDecimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const decimals = fraction?.replace(/0+$/, "") ?? "";
  const sign = rounded < 0 ? "-" : "";
  return decimals === "" ? `${sign}${grouped}` : `${sign}${grouped},${decimals}`;
}
