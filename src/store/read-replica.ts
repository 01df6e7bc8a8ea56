import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { CompiledQuery, type PostgresPool, type PostgresPoolClient } from "kysely";
import type pg from "pg";
import type { StoreDialect } from "./dialect/dialect.ts";

/** Where the queries of one request read; the server moves it to the replica (`ReadReplica.useReplica`). */
interface ReadTarget {
  replica: boolean;
}

/** How long a request waits for the replica to catch up before it reads the primary instead. */
const CATCH_UP_MS = 200;
/** After the replica failed to answer, the primary serves everything for this long. */
const RESTING_MS = 5_000;

/**
 * A PostgreSQL streaming replica (`DATABASE_READ_URL`) beside the primary, for the reads of
 * read-only requests. Kysely is given `pool`, which hands out a replica connection only inside a
 * request the server moved to the replica, and a primary one everywhere else: transactions,
 * sessions, the change counters, the engine's reload of the catalogue, the CLI.
 *
 * The rule that keeps it consistent: a request reads the replica only once the replica has
 * replayed the primary's WAL up to the position the primary had flushed when the request read
 * its change counters (`ChangeCounters.position`). Every write acknowledged before the request
 * began — the reader's own last save, on any worker, and every change its counters count — is
 * then on the replica, so no read is older than the reader's own last write, and an answer cached
 * under the request's data counter is truly that counter's (or newer). (An acknowledged commit
 * is flushed because `synchronous_commit` is on, PostgreSQL's default; baocao never turns it off.)
 * The counters themselves are
 * never read on the replica: besides lagging, a sequence there (the data counter is one) shows
 * the value the primary logged ahead, up to 32 past the real one.
 */
export class ReadReplica {
  private readonly target = new AsyncLocalStorage<ReadTarget>();
  /** The furthest replay position seen: the replica never goes back, so reads up to it need no probe. */
  private replayed = 0n;
  private probe: Promise<bigint> | null = null;
  private restingUntil = 0;
  /** Requests sent to the replica, and those that had to read the primary (for /metrics and tests). */
  readonly routed = { replica: 0, primary: 0 };

  /**
   * The pool Kysely uses: see the class comment. Its `options` are the primary's, for a dialect
   * that looks at how the primary's clients are made.
   */
  readonly pool: PostgresPool & { readonly options: pg.PoolOptions };

  constructor(
    primary: pg.Pool,
    private readonly replica: pg.Pool,
  ) {
    this.pool = {
      options: primary.options,
      connect: async () => {
        if (!this.target.getStore()?.replica) return primary.connect();
        return writesToPrimary(await replica.connect(), primary);
      },
      end: async () => {
        await Promise.all([primary.end(), replica.end()]);
      },
    };
  }

  /** Runs the rest of a request (`next`) with its own read target, the primary until moved. */
  scope(next: () => void): void {
    this.target.run({ replica: false }, next);
  }

  /** Sends the reads of the current request (see `scope`) to the replica from now on. */
  useReplica(): void {
    const target = this.target.getStore();
    if (target) target.replica = true;
  }

  /** Runs `work` on the primary whatever the request's target (a write transaction). */
  onPrimary<T>(work: () => Promise<T>): Promise<T> {
    return this.target.run({ replica: false }, work);
  }

  /**
   * Whether the replica has replayed the primary's WAL up to `position` (`pg_lsn` text), waiting
   * up to 200 ms for it; false when it lags further or does not answer (the primary then serves).
   */
  async caughtUpTo(position: string | undefined): Promise<boolean> {
    const wanted = position ? lsn(position) : undefined;
    const caughtUp = wanted !== undefined && (await this.waitFor(wanted));
    this.routed[caughtUp ? "replica" : "primary"]++;
    return caughtUp;
  }

  private async waitFor(wanted: bigint): Promise<boolean> {
    if (wanted <= this.replayed) return true;
    if (Date.now() < this.restingUntil) return false;
    const deadline = Date.now() + CATCH_UP_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
      // A slow probe (a connection being opened on a busy machine) holds no request past the
      // deadline; it goes on, and what it finds serves the requests after.
      const left = Math.max(deadline - Date.now(), 0);
      const replayed = await Promise.race([this.replayPosition(), sleep(left, -1n)]);
      if (replayed >= wanted) return true;
      if (replayed < 0n || Date.now() + pause > deadline) return false;
      await sleep(pause);
    }
  }

  /**
   * The replica's replay position, one probe at a time shared by the requests waiting on it; -1
   * when it fails (the replica is then rested for a while).
   */
  private replayPosition(): Promise<bigint> {
    this.probe ??= this.replica
      .query<{ replayed: string | null }>("select pg_last_wal_replay_lsn()::text as replayed")
      .then((result) => {
        const replayed = result.rows[0]?.replayed;
        if (!replayed) throw new Error("not a replica: pg_last_wal_replay_lsn() is null");
        this.replayed = bigMax(this.replayed, lsn(replayed));
        return this.replayed;
      })
      .catch(() => {
        this.restingUntil = Date.now() + RESTING_MS;
        return -1n;
      })
      .finally(() => {
        this.probe = null;
      });
    return this.probe;
  }
}

/**
 * The dialect of a store with a replica: its change counters come with the primary's flushed WAL
 * position, in the same round trip (see `ReadReplica`).
 */
export function withWalPosition(dialect: StoreDialect): StoreDialect {
  return {
    ...dialect,
    epochsQuery: CompiledQuery.raw(
      `select counters.*, pg_current_wal_flush_lsn()::text as position from (${dialect.epochsQuery.sql}) as counters`,
    ),
  };
}

/**
 * A replica connection that hands to the primary any statement other than a read — a handler of
 * a read-only route that still writes outside a transaction (none should) works instead of
 * failing on the read-only replica — and the change counters, which a handler may read again
 * (`engine.dataEpoch()`): they carry the primary's WAL position, and a sequence read on the
 * replica is not the primary's (see the class comment).
 */
function writesToPrimary(client: pg.PoolClient, primary: pg.Pool): PostgresPoolClient {
  const query = (text: unknown, parameters?: unknown[]) =>
    typeof text === "string" &&
    (!/^\s*(select|with)\b/i.test(text) || text.includes("pg_current_wal_flush_lsn()"))
      ? primary.query(text, parameters)
      : // A cursor (Kysely's streamed reads) is a read; pg's own overloads take it as it is.
        client.query(text as string, parameters);
  return {
    // Both of Kysely's forms (text and parameters, or a cursor) pass through unchanged.
    query: query as unknown as PostgresPoolClient["query"],
    release: (destroy?: boolean) => client.release(destroy),
  };
}

/** A `pg_lsn` ("16/B374D848") as one number, to compare positions. */
export function lsn(text: string): bigint {
  const [high = "0", low = "0"] = text.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

function bigMax(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
