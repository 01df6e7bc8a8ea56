import { BaocaoError } from "../errors.ts";
import { ACTION_LABELS_VI, type Action } from "./roles.ts";

/**
 * The user may not do `action` on `unit` (`auth.forbidden`, naming both). One refusal for the HTTP
 * guards and the services (account administration), so the words are the same wherever the rule
 * was checked.
 */
export function forbidden(
  username: string,
  action: Action,
  unit: string,
  unitName?: string,
): BaocaoError {
  const where = unitName ? `${unitName} (${unit})` : `đơn vị ${unit}`;
  return new BaocaoError(
    "auth.forbidden",
    `Tài khoản "${username}" không có quyền ${ACTION_LABELS_VI[action]} của ${where}.`,
    { username, action, unit },
  );
}
