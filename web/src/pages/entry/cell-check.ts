import {
  decimalToNumber,
  formatNumber,
  readNumberToken,
} from "../../../../src/core/numbers/index.ts";
import type { EntryIndicator } from "../../api/contract.ts";

/** A value box read: the number to save (null: emptied), or why it cannot be saved. */
export type CellReading =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly message: string };

const vi = (value: number) => formatNumber(value, { locale: "vi" });

/**
 * Reads what a clerk typed in a value box by the rules the server applies (Vietnamese marks as
 * `core/numbers` reads them: "1.234,5" is 1234,5, "96.549" is 96549; a whole number for counts;
 * 0 or 1 for yes/no), so a bad cell is caught beside itself before anything is sent. `name`
 * names the cell in the message: "Số hộ bị thiệt hại — Hè Thu".
 * @example readCell(houses, "Số hộ", "2,5") // { ok: false, message: "“Số hộ” nhận số nguyên: 2,5 có phần thập phân." }
 */
export function readCell(indicator: EntryIndicator, name: string, text: string): CellReading {
  const typed = text.replace(/\s/g, "");
  if (typed === "") return { ok: true, value: null };
  const negative = /^[-−]/.test(typed);
  const digits = negative ? typed.slice(1) : typed;
  let value: number;
  try {
    value = decimalToNumber(readNumberToken(digits, "vi").decimal);
  } catch {
    return {
      ok: false,
      message: `“${name}”: “${text.trim()}” không phải là một số (viết như 1.234 hoặc 1.234,5).`,
    };
  }
  if (negative) value = -value;
  if (indicator.valueType === "integer" && !Number.isSafeInteger(value))
    return { ok: false, message: `“${name}” nhận số nguyên: ${vi(value)} có phần thập phân.` };
  if (indicator.valueType === "boolean" && value !== 0 && value !== 1)
    return { ok: false, message: `“${name}” nhận 0 (không) hoặc 1 (có), không nhận ${vi(value)}.` };
  return { ok: true, value };
}
