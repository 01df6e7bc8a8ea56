import type { DecimalInput } from "./decimal.ts";
import type { FormatNumberOptions } from "./format-number.ts";
import { formatNumber } from "./format-number.ts";

/** Options of a percentage; `pad2` does not apply to percentages. */
export type FormatPercentOptions = Omit<FormatNumberOptions, "pad2">;

/**
 * Writes a value already in percent with the sign glued to it, as reports do.
 * @example formatPercent(56.585, { decimals: 2 }) // "56,59%"
 */
export function formatPercent(percent: DecimalInput, options: FormatPercentOptions = {}): string {
  return `${formatNumber(percent, { ...options, pad2: false })}%`;
}
