import type { Kysely } from "kysely";
import type { StoreDialect } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";

/** The change counters, read together (see `DataEpochRepository`). */
export interface ChangeCounters {
  readonly data: number;
  readonly definitions: number;
  readonly sessions: number;
  /** With a read replica: the primary's flushed WAL position as the counters were read (see read-replica.ts). */
  readonly position?: string;
}

/**
 * Reads the change counters (see the data-, definitions- and sessions-epoch migrations): the data
 * counter, which every change of values, targets or reporting regimes moves (a row on SQLite, a
 * sequence on PostgreSQL), the definitions counter of the catalogue and the units, and the
 * sessions counter of logouts and of changes of accounts and grants.
 */
export class DataEpochRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /** The data counter; equal counts mean no value, target or regime changed in between. */
  async current(): Promise<number> {
    return (await this.counters()).data;
  }

  /** The definitions counter; equal counts mean the catalogue and the units did not change. */
  async definitions(): Promise<number> {
    return (await this.counters()).definitions;
  }

  /** The three counters in one read: what a server request checks before its handler runs. */
  async counters(): Promise<ChangeCounters> {
    const result = await this.db.executeQuery<{
      data: number | string;
      definitions: number | string;
      sessions: number | string | null;
      position?: string;
    }>(this.dialect.epochsQuery);
    const row = result.rows[0];
    const counters = {
      data: Number(row?.data ?? -1),
      definitions: Number(row?.definitions ?? -1),
      sessions: Number(row?.sessions ?? -1),
    };
    return row?.position ? { ...counters, position: row.position } : counters;
  }
}
