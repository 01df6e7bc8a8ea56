import type { SessionUser } from "../../api/contract.ts";
import { hasRole } from "../../session/roles.ts";

/**
 * Whether to offer giving and editing tasks: the roles with `report.edit` (admin, office,
 * approver). The server decides per lead unit and refuses the rest (403).
 */
export function canGiveTasks(user: SessionUser | undefined): boolean {
  return hasRole(user, "admin", "office", "approver");
}
