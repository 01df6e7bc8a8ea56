import type { SessionUser } from "../../api/contract.ts";
import { hasRole } from "../../session/roles.ts";

/**
 * Whether to offer entering capital plans and disbursements: the roles with `value.write`
 * (admin, office, reporter). The server decides on the project's reporting unit (403 otherwise).
 */
export function canEnterMoney(user: SessionUser | undefined): boolean {
  return hasRole(user, "admin", "office", "reporter");
}
