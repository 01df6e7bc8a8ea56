import { BaocaoError } from "../errors.ts";

/** The error of every reader in this folder: the text, why it failed, and where. */
export function invalidNumber(input: string, reason: string, position?: number): BaocaoError {
  return new BaocaoError("number.invalid", `Không đọc được số “${input}”: ${reason}.`, {
    input,
    reason,
    ...(position === undefined ? {} : { position }),
  });
}

/**
 * The longest text a reader takes: a figure is a few dozen characters ("khoảng 25 tỷ 465 triệu
 * đồng/người"); a longer text is no figure, and refusing it keeps every reader's work bounded
 * (a 36,000-digit run took seconds).
 */
export const NUMBER_TEXT_LIMIT = 300;

/** Throws `number.invalid` for a text longer than NUMBER_TEXT_LIMIT. */
export function assertShortEnough(input: string): void {
  if (input.length <= NUMBER_TEXT_LIMIT) return;
  throw invalidNumber(
    `${input.slice(0, 40)}…`,
    `dài ${input.length} ký tự, quá ${NUMBER_TEXT_LIMIT} ký tự của một số liệu`,
  );
}
