import { databaseConfigFrom, migrateToLatest, openStore, type Store } from "../store/index.ts";
import { promptTerminal, readAllStdin } from "./terminal-input.ts";

/** Where a command writes: stdout for results, stderr for progress and errors. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Record<string, string | undefined>;
  /** True when stdout is a terminal: tables and progress for people, JSON for scripts. */
  readonly interactive: boolean;
  /** Rewrites the current terminal line (progress); a no-op off a terminal. */
  readonly progress: (line: string) => void;
  /** All of standard input, for commands that take a secret on stdin (absent: none). */
  readonly readStdin?: () => Promise<string>;
  /** Asks on the terminal, hiding the answer when asked; absent when stdin is not a terminal. */
  readonly prompt?: (question: string, hidden: boolean) => Promise<string>;
}

/** The process's own streams and environment. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  interactive: Boolean(process.stdout.isTTY),
  progress: (line) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${line}`);
  },
  readStdin: readAllStdin,
  ...(process.stdin.isTTY ? { prompt: promptTerminal } : {}),
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
