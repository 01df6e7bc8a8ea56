import type { Kysely } from "kysely";
import { type Grant, isRole } from "../../core/access/index.ts";
import type { Database } from "../schema.ts";

/** A session as stored: the token only as its hash. Times are ISO instants. */
export interface SessionRecord {
  readonly tokenHash: string;
  readonly username: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
}

/** A live session with the account behind it, as one request needs it. */
export interface ActiveSession {
  readonly session: SessionRecord;
  readonly user: {
    readonly username: string;
    readonly displayName: string;
    readonly mustChangePassword: boolean;
  };
  readonly grants: readonly Grant[];
}

/** Reads and writes sessions. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a new session. */
  async insert(session: SessionRecord): Promise<void> {
    await this.db
      .insertInto("sessions")
      .values({
        token_hash: session.tokenHash,
        username: session.username,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen_at: session.lastSeenAt,
      })
      .execute();
  }

  /**
   * The session with this token hash, unexpired at `now` and of an enabled account, with the
   * account's grants — one query, since every authenticated request asks it.
   */
  async findActive(tokenHash: string, now: string): Promise<ActiveSession | undefined> {
    const rows = await this.db
      .selectFrom("sessions as s")
      .innerJoin("users as u", "u.username", "s.username")
      .leftJoin("user_grants as g", "g.username", "s.username")
      .select([
        "s.token_hash",
        "s.username",
        "s.csrf_token",
        "s.created_at",
        "s.expires_at",
        "s.last_seen_at",
        "u.display_name",
        "u.must_change_password",
        "g.role",
        "g.unit_code",
      ])
      .where("s.token_hash", "=", tokenHash)
      .where("s.expires_at", ">", now)
      .where("u.disabled", "=", 0)
      .orderBy("g.unit_code")
      .orderBy("g.role")
      .execute();
    const first = rows[0];
    if (!first) return undefined;
    return {
      session: {
        tokenHash: first.token_hash,
        username: first.username,
        csrfToken: first.csrf_token,
        createdAt: first.created_at,
        expiresAt: first.expires_at,
        lastSeenAt: first.last_seen_at,
      },
      user: {
        username: first.username,
        displayName: first.display_name,
        mustChangePassword: Number(first.must_change_password) !== 0,
      },
      grants: rows.flatMap((r) =>
        r.role !== null && r.unit_code !== null && isRole(r.role)
          ? [{ role: r.role, unit: r.unit_code }]
          : [],
      ),
    };
  }

  /** Moves a session's expiry (sliding expiry). */
  async touch(tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db
      .updateTable("sessions")
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where("token_hash", "=", tokenHash)
      .execute();
  }

  /** Ends one session. */
  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  }

  /** Ends every session of an account (after a password change); returns how many. */
  async deleteForUser(username: string): Promise<number> {
    const result = await this.db
      .deleteFrom("sessions")
      .where("username", "=", username)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Removes sessions expired at `now`; returns how many. */
  async deleteExpired(now: string): Promise<number> {
    const result = await this.db
      .deleteFrom("sessions")
      .where("expires_at", "<=", now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
