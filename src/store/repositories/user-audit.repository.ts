import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** One change of an account, as the audit keeps it. */
export interface UserAuditEntry {
  readonly username: string;
  /** The account's version after the change. */
  readonly version: number;
  readonly action: string;
  /** What changed (a grant, the display name…); never a password or its hash. */
  readonly detail: Readonly<Record<string, unknown>>;
  readonly at: string;
  readonly by: string;
}

/** The audit of account changes: only ever appended. */
export class UserAuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Appends one entry. */
  async append(entry: UserAuditEntry): Promise<void> {
    await this.db
      .insertInto("user_audit")
      .values({ ...entry, detail: JSON.stringify(entry.detail) })
      .execute();
  }

  /** The changes of one account, oldest first. */
  async history(username: string): Promise<UserAuditEntry[]> {
    const rows = await this.db
      .selectFrom("user_audit")
      .selectAll()
      .where("username", "=", username)
      .orderBy("version")
      .execute();
    return rows.map((r) => ({ ...r, version: Number(r.version), detail: JSON.parse(r.detail) }));
  }
}
