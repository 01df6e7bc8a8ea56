import { BaocaoError } from "../../core/errors.ts";
import { vietnamTime } from "../../core/time/index.ts";
import type { Store } from "../../store/index.ts";

/** Failed attempts allowed per username within the window. */
export const MAX_FAILURES = 5;
/**
 * Failed attempts allowed per address within the window, whatever the usernames: higher than per
 * username, since an office behind one address (a proxy, a shared connection) shares it.
 */
export const MAX_ADDRESS_FAILURES = 30;
/** The window the failures are counted in. */
export const WINDOW_MS = 15 * 60 * 1000;

/** One key an attempt counts under, and how many failures it may have in the window. */
export interface LimitKey {
  readonly key: string;
  readonly max: number;
}

/**
 * The login rate limit, counted in the database so every server process sees the same attempts:
 * after `max` failures for a key within WINDOW_MS (since that key's last success), further
 * attempts are refused until the oldest of those failures leaves the window.
 *
 * An attempt is reserved — counted and recorded as a failure under its keys, with the keys
 * locked — before the password is checked, and turned into a success only afterwards. So 200
 * parallel guesses for one account get at most MAX_FAILURES password checks, on every engine and
 * across processes.
 */
export class LoginLimit {
  // Reservations take turns within this process, so a burst of attempts waits here rather than
  // each holding one of the pool's few connections while it waits for the keys' database lock
  // (the lock still orders this process against the others).
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date,
  ) {}

  /**
   * The keys an attempt counts under: its username (every name, known or not, so the answers do
   * not tell which accounts exist; a made-up name only locks itself) and its address (the client's
   * when the server trusts its proxy, else the proxy's; see docs/auth.md).
   */
  static keys(username: string, ip: string): LimitKey[] {
    return [
      { key: `user:${username}`, max: MAX_FAILURES },
      { key: `ip:${ip}`, max: MAX_ADDRESS_FAILURES },
    ];
  }

  /**
   * Records the attempt as a failure under its keys, in one step with the count it passes;
   * throws `auth.rate_limited` (recording nothing) when any key has used up its failures.
   */
  reserve(keys: readonly LimitKey[]): Promise<void> {
    const reserved = this.turn.then(() => this.reserveNow(keys));
    this.turn = reserved.catch(() => {});
    return reserved;
  }

  private async reserveNow(keys: readonly LimitKey[]): Promise<void> {
    const now = this.clock();
    const since = new Date(now.getTime() - WINDOW_MS).toISOString();
    const names = keys.map((k) => k.key);
    await this.store.repos.loginAttempts.withKeysLocked(names, async (attempts) => {
      let retryAt = 0;
      for (const { key, max } of keys) {
        const failures = await attempts.failuresSince(key, since);
        if (failures.length < max) continue;
        // The attempt that must age out for the count to drop below the limit.
        const pivot = failures[failures.length - max] as string;
        retryAt = Math.max(retryAt, Date.parse(pivot) + WINDOW_MS);
      }
      if (retryAt > now.getTime()) throw rateLimited(new Date(retryAt), now.getTime());
      await attempts.record(names, now.toISOString(), false);
    });
    await this.store.repos.loginAttempts.prune(since);
  }

  /** The reserved attempt succeeded: the count of its keys starts again from zero. */
  async succeeded(keys: readonly LimitKey[]): Promise<void> {
    const at = this.clock().toISOString();
    await this.store.repos.loginAttempts.record(
      keys.map((k) => k.key),
      at,
      true,
    );
  }
}

function rateLimited(retryAt: Date, now: number): BaocaoError {
  const seconds = Math.ceil((retryAt.getTime() - now) / 1000);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new BaocaoError(
    "auth.rate_limited",
    `Đăng nhập sai quá nhiều lần trong ${WINDOW_MS / 60_000} phút. Vui lòng thử lại sau ${vietnamTime(retryAt)} (khoảng ${minutes} phút nữa).`,
    { retryAt: retryAt.toISOString(), retryAfterSeconds: seconds },
  );
}
