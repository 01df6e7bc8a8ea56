/**
 * Which engine a migration runs on, given by the store that opened it (never guessed from the
 * SQL it compiles). A migration that needs engine-specific SQL takes it as its second argument.
 */
export type DialectName = "sqlite" | "postgres";
