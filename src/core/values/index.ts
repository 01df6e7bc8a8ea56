/** Reported values as the domain knows them: key, record, status, audit entry, and who acts. */
export type { Actor, ActorAtAnyTime, ChangeChannel } from "./actor.ts";
export type { AuditEntry } from "./audit.ts";
export { type DataValueKey, keyString } from "./key.ts";
export type { DataValueRecord } from "./record.ts";
export {
  isEstimateTotal,
  isValueStatus,
  totalStatus,
  VALUE_STATUSES,
  type ValueStatus,
} from "./status.ts";
