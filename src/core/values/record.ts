import type { DataValueKey } from "./key.ts";
import type { ValueStatus } from "./status.ts";

/** A stored value with its status, note, source and optimistic-lock version. */
export interface DataValueRecord extends DataValueKey {
  readonly value: number | null;
  readonly textValue: string | null;
  readonly status: ValueStatus;
  readonly note: string;
  readonly source: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}
