import { BaocaoError } from "../../core/errors.ts";
import { vietnamTime } from "../../core/time/index.ts";
import { LoginAttemptRepository, type Store } from "../../store/index.ts";

/** Failed attempts allowed per username and per address within the window. */
export const MAX_FAILURES = 5;
/** The window the failures are counted in. */
export const WINDOW_MS = 15 * 60 * 1000;

/**
 * The login rate limit, counted in the database so every server process sees the same attempts:
 * after MAX_FAILURES failures for one username or one address within WINDOW_MS (since that key's
 * last success), further attempts are refused until the oldest of those failures leaves the window.
 */
export class LoginLimit {
  private readonly repo: LoginAttemptRepository;

  constructor(
    store: Store,
    private readonly clock: () => Date,
  ) {
    this.repo = new LoginAttemptRepository(store.db);
  }

  /** The keys an attempt counts under. */
  static keys(username: string, ip: string): string[] {
    return [`user:${username}`, `ip:${ip}`];
  }

  /** Throws `auth.rate_limited` when any key has used up its failures. */
  async check(keys: readonly string[]): Promise<void> {
    const now = this.clock().getTime();
    const since = new Date(now - WINDOW_MS).toISOString();
    let retryAt = 0;
    for (const key of keys) {
      const failures = await this.repo.failuresSince(key, since);
      if (failures.length < MAX_FAILURES) continue;
      // The attempt that must age out for the count to drop below the limit.
      const pivot = failures[failures.length - MAX_FAILURES] as string;
      retryAt = Math.max(retryAt, Date.parse(pivot) + WINDOW_MS);
    }
    if (retryAt > now) throw rateLimited(new Date(retryAt), now);
  }

  /** Records an attempt under its keys and forgets attempts older than the window. */
  async record(keys: readonly string[], succeeded: boolean): Promise<void> {
    const now = this.clock();
    await this.repo.record(keys, now.toISOString(), succeeded);
    await this.repo.prune(new Date(now.getTime() - WINDOW_MS).toISOString());
  }
}

function rateLimited(retryAt: Date, now: number): BaocaoError {
  const seconds = Math.ceil((retryAt.getTime() - now) / 1000);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new BaocaoError(
    "auth.rate_limited",
    `Đăng nhập sai quá ${MAX_FAILURES} lần trong ${WINDOW_MS / 60_000} phút. Vui lòng thử lại sau ${vietnamTime(retryAt)} (khoảng ${minutes} phút nữa).`,
    { retryAt: retryAt.toISOString(), retryAfterSeconds: seconds },
  );
}
