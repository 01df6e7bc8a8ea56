import type { ChangeChannel } from "./actor.ts";
import type { DataValueKey } from "./key.ts";

/** One change of one value: the version it produced and what it replaced. */
export interface AuditEntry extends DataValueKey {
  readonly version: number;
  readonly action: "create" | "update" | "delete";
  readonly oldValue: number | null;
  readonly newValue: number | null;
  readonly oldStatus: string | null;
  readonly newStatus: string | null;
  readonly at: string;
  readonly by: string;
  readonly via: ChangeChannel;
  readonly note: string;
}
