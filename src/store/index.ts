export { type BackupSummary, backupDatabase, restoreDatabase } from "./backup/backup.ts";
export { type DatabaseConfig, DEFAULT_SQLITE_PATH, databaseConfigFrom, redact } from "./config.ts";
export { type OpenOptions, openStore, type Store, type StoreLocation } from "./database.ts";
export type { FailureKind, StoreDialect, TransactionKind } from "./dialect/dialect.ts";
export { type MigrationReport, migrateDown, migrateToLatest, schemaStatus } from "./migrate.ts";
export { migrations } from "./migrations/index.ts";
export type { RecordRepositories, RegisterRepositories } from "./record-repositories.ts";
export { CatalogueRepository } from "./repositories/catalogue.repository.ts";
export {
  type ChangeCounters,
  DataEpochRepository,
} from "./repositories/data-epoch.repository.ts";
export {
  type DataValueColumns,
  type DataValueFilter,
  DataValueRepository,
  dataValueColumns,
  type KeyColumns,
  keyColumnArrays,
  keyColumns,
  type ValueUnder,
} from "./repositories/data-value.repository.ts";
export {
  DefinitionRepository,
  type DefinitionTableName,
} from "./repositories/definition.repository.ts";
export type { DefinitionAuditEntry } from "./repositories/definition-audit.repository.ts";
export { LoginAttemptRepository } from "./repositories/login-attempt.repository.ts";
export { OrgUnitRepository } from "./repositories/org-unit.repository.ts";
export {
  CapitalPlanRepository,
  CommitmentRepository,
  DisbursementRepository,
  ProjectRepository,
} from "./repositories/project.repository.ts";
export {
  type RecordRepository,
  type RegisterAuditEntry,
  RegisterAuditRepository,
  type Versioned,
} from "./repositories/register-audit.repository.ts";
export {
  type EmailState,
  type NewReminder,
  type ReminderRecord,
  ReminderRepository,
} from "./repositories/reminder.repository.ts";
export { type ReportRecord, ReportRepository } from "./repositories/report.repository.ts";
export {
  type RollupCell,
  type RollupDeltaColumns,
  type RollupFilter,
  RollupRepository,
} from "./repositories/rollup.repository.ts";
export {
  type SectionDraft,
  type SectionDraftKey,
  SectionDraftRepository,
} from "./repositories/section-draft.repository.ts";
export {
  type ActiveSession,
  type SessionRecord,
  SessionRepository,
} from "./repositories/session.repository.ts";
export { SiteClearanceRepository } from "./repositories/site-clearance.repository.ts";
export {
  type SubmissionEvent,
  type SubmissionFilter,
  type SubmissionKey,
  type SubmissionRecord,
  SubmissionRepository,
  type WarningExplanation,
} from "./repositories/submission.repository.ts";
export { type TargetIdentity, TargetRepository } from "./repositories/target.repository.ts";
export { TaskProgressRepository, TaskRepository } from "./repositories/task.repository.ts";
export { type ClosureRow, UnitClosureRepository } from "./repositories/unit-closure.repository.ts";
export { type NewUser, type UserRecord, UserRepository } from "./repositories/user.repository.ts";
export type { UserAuditEntry } from "./repositories/user-audit.repository.ts";
export {
  type AuditColumns,
  auditColumns,
  ValueAuditRepository,
} from "./repositories/value-audit.repository.ts";
export {
  type StagedChangeColumns,
  stagedChangeColumns,
} from "./repositories/value-staging.repository.ts";
export { Repositories } from "./repositories.ts";
export type { Database } from "./schema.ts";
