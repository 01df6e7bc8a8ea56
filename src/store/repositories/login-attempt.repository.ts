import type { Kysely } from "kysely";
import type { StoreDialect } from "../dialect/dialect.ts";
import { runAll } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";

/** Records login attempts by key and counts recent failures, for a limit shared by all processes. */
export class LoginAttemptRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * Runs `work` in a write transaction of its own that holds `keys` until it ends, so no other
   * process or request counts or records under those keys meanwhile: what `work` reads and then
   * writes is one step. (Its own transaction rather than `store.transaction`, whose commit moves the
   * data counter on PostgreSQL and would throw away cached answers at every sign-in.)
   */
  async withKeysLocked<T>(
    keys: readonly string[],
    work: (locked: LoginAttemptRepository) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await runAll(trx, this.dialect.keyLocks(keys));
      return work(new LoginAttemptRepository(trx, this.dialect));
    });
  }

  /** Records one attempt under each key (e.g. the username and the address). */
  async record(keys: readonly string[], at: string, succeeded: boolean): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .insertInto("login_attempts")
      .values(keys.map((key) => ({ key, at, succeeded: succeeded ? 1 : 0 })))
      .execute();
  }

  /**
   * The times of the failed attempts under `key` since `since` and after the key's last success
   * (a successful login starts the count again), oldest first.
   */
  async failuresSince(key: string, since: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("login_attempts")
      .select(["at", "succeeded"])
      .where("key", "=", key)
      .where("at", ">=", since)
      // A success recorded in the same millisecond as a failure counts as the later of the two.
      .orderBy("at")
      .orderBy("succeeded")
      .execute();
    const lastSuccess = rows.findLastIndex((r) => Number(r.succeeded) !== 0);
    return rows.slice(lastSuccess + 1).map((r) => r.at);
  }

  /** Forgets attempts older than `before`; returns how many. */
  async prune(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom("login_attempts")
      .where("at", "<", before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
