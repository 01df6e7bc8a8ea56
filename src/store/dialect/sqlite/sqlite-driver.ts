import type SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
} from "kysely";

/**
 * Kysely's SQLite dialect with a driver of our own, for three reasons:
 * - write transactions begin IMMEDIATE, taking the write lock at once, so a second process waits
 *   for it (the busy timeout applies) instead of failing with SQLITE_BUSY when it upgrades a read;
 * - a statement that fails because SQLite already rolled the transaction back (a full disk) keeps
 *   its own error instead of being masked by "cannot rollback - no transaction is active";
 * - prepared statements are kept by their text (the bulk path's text never depends on the data).
 */
export class BaocaoSqliteDialect extends SqliteDialect {
  constructor(private readonly native: SqliteDatabase.Database) {
    super({ database: native });
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.native);
  }
}

const CACHED_STATEMENTS = 256;

class ImmediateSqliteDriver implements Driver {
  private readonly connection: SqliteConnection;
  private readonly mutex = new Mutex();

  constructor(private readonly native: SqliteDatabase.Database) {
    this.connection = new SqliteConnection(native);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // SQLite has one connection per process; queries take turns on it.
    await this.mutex.lock();
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.native.inTransaction) await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.native.close();
  }
}

class SqliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, SqliteDatabase.Statement>();

  constructor(private readonly native: SqliteDatabase.Database) {}

  private prepare(text: string): SqliteDatabase.Statement {
    let statement = this.statements.get(text);
    if (statement) return statement;
    statement = this.native.prepare(text);
    if (this.statements.size >= CACHED_STATEMENTS) this.statements.clear();
    this.statements.set(text, statement);
    return statement;
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error("SQLite streams only select statements");
    const statement = this.prepare(query.sql);
    for (const row of statement.iterate(query.parameters as unknown[])) yield { rows: [row as R] };
  }
}

/** One holder at a time, the others waiting in order. */
class Mutex {
  private held?: Promise<void>;
  private release?: () => void;

  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => {
      this.release = resolve;
    });
  }

  unlock(): void {
    const release = this.release;
    this.held = undefined;
    this.release = undefined;
    release?.();
  }
}
