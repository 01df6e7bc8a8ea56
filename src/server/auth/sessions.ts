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

/** Opens, finds and ends sessions; all state lives in the database. */
export class Sessions {
  private readonly repo: SessionRepository;

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

  /** The live session of a cookie token, its expiry slid forward; undefined when none. */
  async resolve(token: string): Promise<ResolvedSession | undefined> {
    const now = this.clock();
    const tokenHash = hashToken(token);
    const found = await this.repo.findActive(tokenHash, now.toISOString());
    if (!found) return undefined;
    let expiresAt = new Date(found.session.expiresAt);
    const slid = now.getTime() - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS;
    if (slid) {
      expiresAt = new Date(now.getTime() + this.ttlMs);
      await this.repo.touch(tokenHash, now.toISOString(), expiresAt.toISOString());
    }
    return {
      tokenHash,
      csrfToken: found.session.csrfToken,
      username: found.user.username,
      displayName: found.user.displayName,
      grants: found.grants,
      mustChangePassword: found.user.mustChangePassword,
      expiresAt,
      slid,
    };
  }

  /** Ends the session with this token hash. */
  async close(tokenHash: string): Promise<void> {
    await this.repo.delete(tokenHash);
  }
}
