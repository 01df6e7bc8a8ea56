import type { Kysely } from "kysely";
import { runAll, type StoreDialect } from "../dialect/dialect.ts";
import type { Database } from "../schema.ts";

/** How many lock keys the forms share: few enough that a national import takes them all. */
const KEYS = 4096;

/**
 * The locks that keep a value write and a change of a form's state (sent, approved) of the same
 * unit and month apart, for the rest of the transaction: writers share them, a state change
 * holds one alone. Units and months are hashed onto KEYS keys, so an import of every commune's
 * year takes at most KEYS locks (an unrelated pair sharing a key only waits a moment).
 */
export class FormLockRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /** Takes the locks of these unit × month pairs until the transaction ends. */
  async hold(
    pairs: readonly { readonly unitCode: string; readonly period: string }[],
    mode: "shared" | "exclusive",
  ): Promise<void> {
    const keys = [...new Set(pairs.map((p) => lockKey(p.unitCode, p.period)))].sort(
      (a, b) => a - b,
    );
    await runAll(this.db, this.dialect.formLocks(keys, mode));
  }
}

/** A stable key in [0, KEYS) for a unit and month (FNV-1a). */
function lockKey(unit: string, period: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${unit}|${period}`) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % KEYS;
}
