import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Actor, AuditEntry } from "../../core/values/index.ts";
import type { ColumnTable, StoreDialect } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";
import { type KeyColumns, keyColumnArrays, REPLACE_STORED } from "./data-value.repository.ts";

/**
 * One row per change of a bulk load, column by column: what the value becomes (its stored row)
 * and what its audit row says (old value and status, action, channel), so one staged row feeds
 * both `data_values` and `value_audit`.
 */
export interface StagedChangeColumns extends KeyColumns {
  readonly action: AuditEntry["action"][];
  /** The new value (null for a delete). */
  readonly value: (number | null)[];
  readonly textValue: (string | null)[];
  /** The new status (null for a delete). */
  readonly status: (string | null)[];
  readonly note: string[];
  readonly source: string[];
  readonly version: number[];
  readonly oldValue: (number | null)[];
  readonly oldStatus: (string | null)[];
}

/** Empty staged-change columns to fill. */
export function stagedChangeColumns(): StagedChangeColumns {
  return {
    ...keyColumnArrays(),
    action: [],
    value: [],
    textValue: [],
    status: [],
    note: [],
    source: [],
    version: [],
    oldValue: [],
    oldStatus: [],
  };
}

const STAGE: ColumnTable = {
  table: "bulk_value_changes",
  columns: [
    ["indicator_code", "text"],
    ["unit_code", "text"],
    ["period", "text"],
    ["disaggregation", "text"],
    ["action", "text"],
    ["value", "double precision"],
    ["text_value", "text"],
    ["status", "text"],
    ["note", "text"],
    ["source", "text"],
    ["version", "integer"],
    ["old_value", "double precision"],
    ["old_status", "text"],
  ],
};

const KEY = "indicator_code, unit_code, period, disaggregation";
const VALUE_COLUMNS = `${KEY}, value, text_value, status, note, source, version, updated_at, updated_by`;
const STAGED_VALUES = `${KEY}, value, text_value, status, note, source, version`;
const AUDIT_COLUMNS = `${KEY}, version, action, old_value, new_value, old_status, new_status, at, by, via, note`;
const STAGED_AUDIT = `${KEY}, version, action, old_value, value, old_status, status`;

/**
 * The bulk path of a large import. Its changes are appended to a temporary table with no index
 * (the engine has decided each one: create, update or delete, with its version), then applied
 * with a few set-based statements, in key order: the stored values, one audit row per change
 * (the same rows the ordinary path writes), and the list of (indicator, month) pairs whose
 * roll-ups the caller rebuilds. Row by row, the ordinary path grew the primary keys of three
 * tables in random order and the roll-ups per value; sorted, each B-tree grows at its end.
 * Everything runs in the caller's transaction: a failure anywhere leaves nothing.
 */
export class ValueStagingRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * How a bulk load paces itself here. PostgreSQL reads 8 chunks ahead, so the reader (this
   * process) parses while the server (its own process) writes: 27,000–28,000 rows/s for
   * 2,000,000 rows against 22,500 with 2 chunks, for 40–55 MB more peak RSS (BENCHMARKS.md,
   * "COPY on PostgreSQL"). Neither engine applies the staged changes before the end: on
   * PostgreSQL, applying every 100,000 values was measured slower (21,797 rows/s): the
   * chunks' reads then search a growing `data_values`, and each step's inserts land all over its
   * primary key instead of one sorted insert at the end; it pays only with a core to spare. The
   * roll-ups are never rebuilt on the way: that would lock the towns' and provinces' aggregates,
   * which other units' saves also change, for the rest of the import. SQLite runs in this
   * process: reading ahead would only hold more rows in memory.
   */
  get pace(): { readonly applyEvery: number; readonly readAhead: number } {
    return this.dialect.name === "postgres"
      ? { applyEvery: Number.POSITIVE_INFINITY, readAhead: 8 }
      : { applyEvery: Number.POSITIVE_INFINITY, readAhead: 0 };
  }

  /** Creates the (empty) staging table, dropped with the transaction or by `apply`. */
  async open(): Promise<void> {
    const columns = STAGE.columns.map(([name, type]) => `${name} ${type}`).join(", ");
    await this.db.executeQuery(CompiledQuery.raw(`drop table if exists ${STAGE.table}`));
    await this.db.executeQuery(
      CompiledQuery.raw(`create temporary table ${STAGE.table} (${columns})${this.onCommit}`),
    );
  }

  /** Appends changes (all rows of the columns). */
  async stage(c: StagedChangeColumns): Promise<void> {
    if (c.unitCode.length === 0) return;
    const columns = [
      c.indicatorCode,
      c.unitCode,
      c.period,
      c.disaggregation,
      c.action,
      c.value,
      c.textValue,
      c.status,
      c.note,
      c.source,
      c.version,
      c.oldValue,
      c.oldStatus,
    ];
    await this.dialect.appendRows(this.db, STAGE, columns);
  }

  /**
   * Writes the staged changes, made by `actor`, to the values and the audit trail. New values go
   * in with a plain insert, so a value stored meanwhile by another writer fails the primary key
   * rather than being overwritten. The caller rebuilds the roll-ups the changes touch.
   */
  async apply(actor: Actor): Promise<void> {
    const t = sql.raw(STAGE.table);
    // Statistics for PostgreSQL's planner (a temporary table has none until analyzed).
    if (this.dialect.name === "postgres") await sql`analyze ${t}`.execute(this.db);
    const inOrder = sql.raw(`order by ${KEY}`);
    // Who made the changes, when and how is the same for all of them: parameters, not columns.
    const [at, by, via] = [actor.at, actor.by, actor.via].map((p) => sql`cast(${p} as text)`);
    await sql`delete from data_values where (${sql.raw(KEY)}) in
      (select ${sql.raw(KEY)} from ${t} where action = 'delete')`.execute(this.db);
    const values = sql`insert into data_values (${sql.raw(VALUE_COLUMNS)})
      select ${sql.raw(STAGED_VALUES)}, ${at}, ${by} from ${t}`;
    await sql`${values} where action = 'create' ${inOrder}`.execute(this.db);
    await sql`${values} where action = 'update' ${inOrder} ${sql.raw(REPLACE_STORED)}`.execute(
      this.db,
    );
    await this.dialect.appendInBulk(this.db, "value_audit", () =>
      sql`insert into value_audit (${sql.raw(AUDIT_COLUMNS)})
        select ${sql.raw(STAGED_AUDIT)}, ${at}, ${by}, ${via}, note from ${t} ${inOrder}, version`.execute(
        this.db,
      ),
    );
    await sql`drop table ${t}`.execute(this.db);
  }

  /** PostgreSQL drops a temporary table at the end of the transaction (also a rolled-back one). */
  private get onCommit(): string {
    return this.dialect.name === "postgres" ? " on commit drop" : "";
  }
}
