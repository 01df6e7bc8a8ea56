import type { Kysely } from "kysely";
import type { ChangeChannel } from "../../core/values/index.ts";
import type { Database } from "../schema.ts";

/** A register record as stored: its fields plus the optimistic-lock version and last change. */
export type Versioned<T> = T & {
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
};

/** What every register repository offers the engine's version-checked writer. */
export interface RecordRepository<T> {
  /** Every stored record (a town's registers are small; the writer compares them all). */
  list(): Promise<Versioned<T>[]>;
  /** Inserts records or replaces the stored ones with the same key. */
  upsert(records: readonly Versioned<T>[]): Promise<void>;
  /** Removes records by their key fields. */
  delete(records: readonly T[]): Promise<void>;
}

/** One change of one register record. */
export interface RegisterAuditEntry {
  readonly register: string;
  readonly key: string;
  readonly version: number;
  readonly action: "create" | "update" | "delete";
  readonly oldData: unknown;
  readonly newData: unknown;
  readonly at: string;
  readonly by: string;
  readonly via: ChangeChannel;
  readonly note: string;
}

/** Appends and reads the audit trail of the registers (old and new content as JSON). */
export class RegisterAuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records changes; the (register, key, version) primary key makes a lost race fail. */
  async append(entries: readonly RegisterAuditEntry[], chunkSize = 400): Promise<void> {
    for (let i = 0; i < entries.length; i += chunkSize) {
      const rows = entries.slice(i, i + chunkSize).map((e) => ({
        register: e.register,
        record_key: e.key,
        version: e.version,
        action: e.action,
        old_data: e.oldData === null || e.oldData === undefined ? null : JSON.stringify(e.oldData),
        new_data: e.newData === null || e.newData === undefined ? null : JSON.stringify(e.newData),
        at: e.at,
        by: e.by,
        via: e.via,
        note: e.note,
      }));
      await this.db.insertInto("register_audit").values(rows).execute();
    }
  }

  /** The newest version ever written per key of a register (deleted records included). */
  async latestVersions(register: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom("register_audit")
      .select(["record_key"])
      .select((eb) => eb.fn.max("version").as("v"))
      .where("register", "=", register)
      .groupBy("record_key")
      .execute();
    return new Map(rows.map((r) => [r.record_key, Number(r.v)]));
  }

  /** Every change of one record, oldest first. */
  async history(register: string, key: string): Promise<RegisterAuditEntry[]> {
    const rows = await this.db
      .selectFrom("register_audit")
      .selectAll()
      .where("register", "=", register)
      .where("record_key", "=", key)
      .orderBy("version")
      .execute();
    return rows.map((r) => ({
      register: r.register,
      key: r.record_key,
      version: r.version,
      action: r.action as RegisterAuditEntry["action"],
      oldData: r.old_data === null ? null : JSON.parse(r.old_data),
      newData: r.new_data === null ? null : JSON.parse(r.new_data),
      at: r.at,
      by: r.by,
      via: r.via as ChangeChannel,
      note: r.note,
    }));
  }
}

/** Unit codes as one column: joined by `;`. */
export function joinCodes(codes: readonly string[]): string {
  return codes.join(";");
}

/** The unit codes of a joined column. */
export function splitCodes(text: string): string[] {
  return text === "" ? [] : text.split(";");
}

/** The version columns of a record. */
export function metaColumns(r: Versioned<unknown>) {
  return { version: r.version, updated_at: r.updatedAt, updated_by: r.updatedBy };
}

/** The version fields of a row. */
export function metaFields(r: { version: number; updated_at: string; updated_by: string }) {
  return { version: r.version, updatedAt: r.updated_at, updatedBy: r.updated_by };
}
