export { type DatabaseConfig, DEFAULT_SQLITE_PATH, databaseConfigFrom, redact } from "./config.ts";
export { type OpenOptions, openStore, type Store } from "./database.ts";
export { type MigrationReport, migrateDown, migrateToLatest } from "./migrate.ts";
export { migrations } from "./migrations/index.ts";
export {
  type DataValueKey,
  type DataValueRecord,
  DataValueRepository,
  type DataValueWrite,
} from "./repositories/data-value.repository.ts";
export { type IndicatorRecord, IndicatorRepository } from "./repositories/indicator.repository.ts";
export { type OrgUnitRecord, OrgUnitRepository } from "./repositories/org-unit.repository.ts";
export { type TargetRecord, TargetRepository } from "./repositories/target.repository.ts";
export type { Database } from "./schema.ts";
