import { BaocaoError } from "../errors.ts";

/** The error of every reader in this folder: the text, why it failed, and where. */
export function invalidNumber(input: string, reason: string, position?: number): BaocaoError {
  return new BaocaoError("number.invalid", `Không đọc được số “${input}”: ${reason}.`, {
    input,
    reason,
    ...(position === undefined ? {} : { position }),
  });
}
