import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { runAll, type StoreDialect } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";

/** One change of a definition, as the audit keeps it. */
export interface DefinitionAuditEntry {
  /** What kind of definition: `unit`, `unit_event`, `indicator`, `rule`, `regime`, `target`… */
  readonly kind: string;
  /** Its code (a target's key, an event's id). */
  readonly code: string;
  /** What was done, in a word: `create`, `update`, `remove`, `rename`, `merge`… */
  readonly action: string;
  /** The stored definition before (null: it did not exist) and after (null: removed). */
  readonly before: unknown;
  readonly after: unknown;
  /** Why, when the administrator said (a reason is asked for where history is touched). */
  readonly comment?: string | null;
  readonly at: string;
  readonly by: string;
}

/** The audit of definitions changed by administrators: only ever appended. */
export class DefinitionAuditRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * Holds the administrators' lock until the transaction ends (inside one): two changes of
   * definitions never check what they saw at the same time, so neither overwrites the other.
   * PostgreSQL takes an advisory lock; SQLite's write transaction already holds the write lock.
   */
  async lock(): Promise<void> {
    await runAll(this.db, this.dialect.keyLocks(["baocao.definitions"]));
  }

  /** Appends entries, in order. */
  async append(entries: readonly DefinitionAuditEntry[]): Promise<void> {
    for (const e of entries) {
      await this.db
        .insertInto("definition_audit")
        .values({
          id: randomUUID(),
          kind: e.kind,
          code: e.code,
          action: e.action,
          before: e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
          after: e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
          comment: e.comment ?? null,
          at: e.at,
          by: e.by,
        })
        .execute();
    }
  }

  /** The changes of one kind (and code, or codes starting with a prefix), newest first. */
  async list(filter: {
    kind?: string;
    code?: string;
    /** Codes starting with it: a target's code begins with its unit and year. */
    codePrefix?: string;
    limit?: number;
  }): Promise<DefinitionAuditEntry[]> {
    let query = this.db.selectFrom("definition_audit").selectAll();
    if (filter.kind !== undefined) query = query.where("kind", "=", filter.kind);
    if (filter.code !== undefined) query = query.where("code", "=", filter.code);
    if (filter.codePrefix !== undefined) {
      // LIKE rather than a range: PostgreSQL's collation may order "|" and "_" unexpectedly.
      const pattern = `${filter.codePrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(sql<boolean>`code like ${pattern} escape '\\'`);
    }
    const rows = await query
      .orderBy("at", "desc")
      .limit(filter.limit ?? 200)
      .execute();
    // SQLite's LIKE ignores the case of ASCII letters: keep the exact prefix only.
    const prefix = filter.codePrefix ?? "";
    return rows
      .filter((r) => r.code.startsWith(prefix))
      .map((r) => ({
        kind: r.kind,
        code: r.code,
        action: r.action,
        before: r.before === null ? null : JSON.parse(r.before),
        after: r.after === null ? null : JSON.parse(r.after),
        comment: r.comment,
        at: r.at,
        by: r.by,
      }));
  }
}
