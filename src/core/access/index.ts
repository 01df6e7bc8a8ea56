export { forbidden } from "./forbidden.ts";
export { type AncestorsOf, actionsOn, covers, type Grant, permits } from "./permits.ts";
export {
  ACTION_LABELS_VI,
  ACTIONS,
  type Action,
  isAction,
  isRole,
  ROLE_ACTIONS,
  ROLE_LABELS_VI,
  ROLES,
  type Role,
  roleAllows,
} from "./roles.ts";
export { allowsAnywhere, readableRoots, rootsByAction, rootsFor } from "./roots.ts";
