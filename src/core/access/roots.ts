import type { AncestorsOf, Grant } from "./permits.ts";
import { ACTIONS, type Action, roleAllows } from "./roles.ts";

/**
 * The units at the top of the subtrees where the grants allow `action`, sorted. With `ancestorsOf`
 * a unit inside another listed subtree is left out, so a unit picker can start from these.
 * Example: reporter on PHUONG_1 and viewer on NGA_NAM → data.read: [NGA_NAM], value.write: [PHUONG_1].
 */
export function rootsFor(
  grants: readonly Grant[],
  action: Action,
  ancestorsOf?: AncestorsOf,
): string[] {
  const units = [...new Set(grants.filter((g) => roleAllows(g.role, action)).map((g) => g.unit))];
  const kept = ancestorsOf
    ? units.filter((u) => !ancestorsOf(u).some((a) => a !== u && units.includes(a)))
    : units;
  return kept.sort();
}

/** The roots of the subtrees the grants may read. */
export function readableRoots(grants: readonly Grant[], ancestorsOf?: AncestorsOf): string[] {
  return rootsFor(grants, "data.read", ancestorsOf);
}

/** For each action, the roots of the subtrees where the grants allow it (empty when nowhere). */
export function rootsByAction(
  grants: readonly Grant[],
  ancestorsOf?: AncestorsOf,
): Record<Action, string[]> {
  return Object.fromEntries(ACTIONS.map((a) => [a, rootsFor(grants, a, ancestorsOf)])) as Record<
    Action,
    string[]
  >;
}

/** True when some grant allows `action` somewhere — to show or hide a menu entry. */
export function allowsAnywhere(grants: readonly Grant[], action: Action): boolean {
  return grants.some((g) => roleAllows(g.role, action));
}
