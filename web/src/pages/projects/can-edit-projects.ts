import type { SessionUser } from "../../api/contract.ts";
import { hasRole } from "../../session/roles.ts";

/**
 * Whether to offer entering capital plans and disbursements: the roles with `value.write`
 * (admin, office, reporter). The server decides on the project's reporting unit (403 otherwise).
 */
export function canEnterMoney(user: SessionUser | undefined): boolean {
  return hasRole(user, "admin", "office", "reporter");
}

/**
 * Whether to offer adding and editing projects: the roles with `report.edit` (admin, office,
 * approver), checked by the server on the project's reporting unit.
 */
export function canEditProjects(user: SessionUser | undefined): boolean {
  return hasRole(user, "admin", "office", "approver");
}
