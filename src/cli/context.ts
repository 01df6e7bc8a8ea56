import { databaseConfigFrom, migrateToLatest, openStore, type Store } from "../store/index.ts";

/** Where a command writes: stdout for results, stderr for progress and errors. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Record<string, string | undefined>;
}

/** The process's own streams and environment. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** Opens the configured database, brings its schema up to date, runs `work`, and closes it. */
export async function withMigratedStore<T>(
  io: CliIo,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(databaseConfigFrom(io.env));
  try {
    await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}
