import type { SessionUser } from "../api/contract.ts";

/** A role name of a grant. */
export type RoleName = SessionUser["grants"][number]["role"];

/** True when the user holds one of `roles` on some unit (the server checks the unit subtree). */
export function hasRole(user: SessionUser | undefined, ...roles: RoleName[]): boolean {
  return user?.grants.some((grant) => roles.includes(grant.role)) ?? false;
}

/** The unit a user starts on: the unit of the first grant. */
export function homeUnit(user: SessionUser | undefined): string | undefined {
  return user?.grants[0]?.unit;
}
