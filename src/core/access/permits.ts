import { ACTIONS, type Action, type Role, roleAllows } from "./roles.ts";

/** A role held on a unit and everything under it. */
export interface Grant {
  readonly role: Role;
  readonly unit: string;
}

/** The ancestor codes of a unit, in any order; the unit itself may be included or left out. */
export type AncestorsOf = (unit: string) => readonly string[];

/** True when `grantUnit` is `unit` or one of its ancestors. */
export function covers(grantUnit: string, unit: string, ancestorsOf: AncestorsOf): boolean {
  return grantUnit === unit || ancestorsOf(unit).includes(grantUnit);
}

/**
 * True when some grant allows `action` on `unit`: its role allows the action and the unit lies in
 * its subtree. Deny by default: no grants, a unit outside every granted subtree (an unknown unit
 * has no ancestors) or a role without the action all answer false.
 */
export function permits(
  grants: readonly Grant[],
  action: Action,
  unit: string,
  ancestorsOf: AncestorsOf,
): boolean {
  const candidates = grants.filter((g) => roleAllows(g.role, action));
  if (candidates.length === 0) return false;
  if (candidates.some((g) => g.unit === unit)) return true;
  const ancestors = ancestorsOf(unit);
  return candidates.some((g) => ancestors.includes(g.unit));
}

/** Every action the grants allow on `unit`, in the order of ACTIONS — for enabling buttons. */
export function actionsOn(
  grants: readonly Grant[],
  unit: string,
  ancestorsOf: AncestorsOf,
): Action[] {
  const held = grants.filter((g) => covers(g.unit, unit, ancestorsOf));
  return ACTIONS.filter((a) => held.some((g) => roleAllows(g.role, a)));
}
