import type { Grant } from "../../core/access/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import type { SessionRepository, Store } from "../../store/index.ts";
import { hashToken, newToken } from "./tokens.ts";

/** How long a session lives after its last use, unless the server is told otherwise. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * A session lifetime in hours from `--session-hours` or `BAOCAO_SESSION_HOURS` (decimals allowed,
 * from a quarter of an hour to 30 days); anything else is refused in Vietnamese.
 */
export function parseSessionHours(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const hours = Number(value.trim().replace(",", "."));
  if (Number.isFinite(hours) && hours >= 0.25 && hours <= 720) return hours;
  throw new BaocaoError(
    "config.invalid",
    `Thời hạn phiên đăng nhập "${value.slice(0, 40)}" không hợp lệ; cần số giờ từ 0,25 đến 720.`,
    { option: "session-hours" },
  );
}

// Sliding the expiry on every request would write on every read; once a minute is plenty
// against a 12-hour lifetime.
const TOUCH_EVERY_MS = 60 * 1000;

/** A session found for a cookie: who, their grants, the CSRF token, and whether it just slid. */
export interface ResolvedSession {
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly Grant[];
  /** Signed in with a one-time password: nothing but choosing a new one is allowed. */
  readonly mustChangePassword: boolean;
  readonly expiresAt: Date;
  /** True when the expiry moved, so the cookie's lifetime should be renewed too. */
  readonly slid: boolean;
}

// Sessions kept in memory per process; the least recently resolved goes first beyond this.
const CACHE_LIMIT = 10_000;

/** A resolved session as kept in memory, with when this process last slid it. */
interface CachedSession extends Omit<ResolvedSession, "slid"> {
  readonly lastSeenAt: number;
}

/**
 * Opens, finds and ends sessions. All state lives in the database; each process keeps the
 * sessions it resolved in memory under the sessions counter (`data_epoch` row 3), which every
 * logout, password change, disable and grant change moves, by trigger. While the counter stands
 * still a cached session is exactly what the database would answer; when it moves, the whole
 * cache goes, so a logout in any process is seen by every other at its next request.
 */
export class Sessions {
  private readonly repo: SessionRepository;
  private readonly cache = new Map<string, CachedSession>();
  private cachedAt = -1;

  constructor(
    store: Store,
    private readonly clock: () => Date,
    /** How long a session lives after its last use (`baocao serve --session-hours`). */
    private readonly ttlMs: number = SESSION_TTL_MS,
  ) {
    this.repo = store.repos.sessions;
  }

  /** Opens a session; returns the token for the cookie (never stored) and the CSRF token. */
  async open(username: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const now = this.clock();
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    // Expired rows are only ever cleaned up here, so the table does not grow without bound.
    await this.repo.deleteExpired(now.toISOString());
    await this.repo.insert({
      tokenHash: hashToken(token),
      username,
      csrfToken,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      lastSeenAt: now.toISOString(),
    });
    return { token, csrfToken, expiresAt };
  }

  /**
   * The live session of a cookie token, its expiry slid forward; undefined when none.
   * `counter` is the sessions counter read before this call (never after: a logout between the
   * lookup and a later read would leave a dead session cached under the new count). Without
   * one (or without the counter row) nothing is cached.
   */
  async resolve(token: string, counter = -1): Promise<ResolvedSession | undefined> {
    const now = this.clock();
    const tokenHash = hashToken(token);
    if (counter !== this.cachedAt) {
      this.cache.clear();
      this.cachedAt = counter;
    }
    const cached = this.cache.get(tokenHash);
    // A copy that looks expired may have been slid by another process: the database decides.
    const hit = cached && cached.expiresAt.getTime() > now.getTime() ? cached : undefined;
    const found = hit ?? (await this.lookUp(tokenHash, now));
    if (!found) {
      this.cache.delete(tokenHash);
      return undefined;
    }
    let session = found;
    const slid = now.getTime() - found.lastSeenAt >= TOUCH_EVERY_MS;
    if (slid) {
      const expiresAt = new Date(now.getTime() + this.ttlMs);
      await this.repo.touch(tokenHash, now.toISOString(), expiresAt.toISOString());
      session = { ...found, expiresAt, lastSeenAt: now.getTime() };
    }
    if (counter >= 0) this.remember(session);
    const { lastSeenAt: _, ...resolved } = session;
    return { ...resolved, slid };
  }

  /** Ends the session with this token hash. */
  async close(tokenHash: string): Promise<void> {
    this.cache.delete(tokenHash);
    await this.repo.delete(tokenHash);
  }

  private async lookUp(tokenHash: string, now: Date): Promise<CachedSession | undefined> {
    const found = await this.repo.findActive(tokenHash, now.toISOString());
    if (!found) return undefined;
    return {
      tokenHash,
      csrfToken: found.session.csrfToken,
      username: found.user.username,
      displayName: found.user.displayName,
      grants: found.grants,
      mustChangePassword: found.user.mustChangePassword,
      expiresAt: new Date(found.session.expiresAt),
      lastSeenAt: Date.parse(found.session.lastSeenAt),
    };
  }

  private remember(session: CachedSession): void {
    this.cache.delete(session.tokenHash);
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(session.tokenHash, session);
  }
}
