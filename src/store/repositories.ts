import type { Kysely } from "kysely";
import type { ReportingRegime } from "../core/regimes/index.ts";
import type { TargetKindInfo } from "../core/targets/index.ts";
import type { RuleInput } from "../core/validation/index.ts";
import type { StoreDialect } from "./dialect/dialect.ts";
import { type RegisterRepositories, recordRepositories } from "./record-repositories.ts";
import { AuthorshipRepository } from "./repositories/authorship.repository.ts";
import { CatalogueRepository } from "./repositories/catalogue.repository.ts";
import { DataEpochRepository } from "./repositories/data-epoch.repository.ts";
import { DataValueRepository } from "./repositories/data-value.repository.ts";
import { DefinitionRepository } from "./repositories/definition.repository.ts";
import { DefinitionAuditRepository } from "./repositories/definition-audit.repository.ts";
import { DocumentNumberRepository } from "./repositories/document-number.repository.ts";
import { FormLockRepository } from "./repositories/form-lock.repository.ts";
import { LoginAttemptRepository } from "./repositories/login-attempt.repository.ts";
import { OrgUnitRepository } from "./repositories/org-unit.repository.ts";
import { RegisterAuditRepository } from "./repositories/register-audit.repository.ts";
import { ReminderRepository } from "./repositories/reminder.repository.ts";
import { ReportRepository } from "./repositories/report.repository.ts";
import { RollupRepository } from "./repositories/rollup.repository.ts";
import { SectionDraftRepository } from "./repositories/section-draft.repository.ts";
import { SessionRepository } from "./repositories/session.repository.ts";
import { SubmissionRepository } from "./repositories/submission.repository.ts";
import { TargetRepository } from "./repositories/target.repository.ts";
import { TaskProgressRepository } from "./repositories/task.repository.ts";
import { UnitClosureRepository } from "./repositories/unit-closure.repository.ts";
import { UserRepository } from "./repositories/user.repository.ts";
import { UserAuditRepository } from "./repositories/user-audit.repository.ts";
import { ValueAuditRepository } from "./repositories/value-audit.repository.ts";
import { ValueStagingRepository } from "./repositories/value-staging.repository.ts";
import type { Database } from "./schema.ts";

/**
 * Every repository over one connection or one transaction: what the rest of the application
 * reads and writes through (`store.repos`, or the argument of `store.transaction`). Nothing
 * outside the store makes a repository itself or writes SQL.
 */
export class Repositories {
  readonly values: DataValueRepository;
  readonly valueAudit: ValueAuditRepository;
  readonly rollups: RollupRepository;
  /** The bulk path of large imports: changes staged, then applied set-based. */
  readonly staging: ValueStagingRepository;
  readonly epochs: DataEpochRepository;
  readonly catalogue: CatalogueRepository;
  readonly units: OrgUnitRepository;
  readonly closure: UnitClosureRepository;
  readonly targets: TargetRepository;
  readonly rules: DefinitionRepository<RuleInput>;
  readonly regimes: DefinitionRepository<ReportingRegime>;
  readonly targetKinds: DefinitionRepository<TargetKindInfo>;
  readonly reports: ReportRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly loginAttempts: LoginAttemptRepository;
  /** The versioned registers' repositories, by register name. */
  readonly registers: RegisterRepositories;
  readonly taskProgress: TaskProgressRepository;
  readonly registerAudit: RegisterAuditRepository;
  readonly submissions: SubmissionRepository;
  readonly sectionDrafts: SectionDraftRepository;
  readonly formLocks: FormLockRepository;
  readonly documentNumbers: DocumentNumberRepository;
  readonly authorship: AuthorshipRepository;
  readonly userAudit: UserAuditRepository;
  readonly reminders: ReminderRepository;
  readonly definitionAudit: DefinitionAuditRepository;

  constructor(db: Kysely<Database>, dialect: StoreDialect) {
    this.values = new DataValueRepository(db, dialect);
    this.valueAudit = new ValueAuditRepository(db, dialect);
    this.rollups = new RollupRepository(db, dialect);
    this.staging = new ValueStagingRepository(db, dialect);
    this.epochs = new DataEpochRepository(db, dialect);
    this.catalogue = new CatalogueRepository(db);
    this.units = new OrgUnitRepository(db);
    this.closure = new UnitClosureRepository(db);
    this.targets = new TargetRepository(db);
    this.rules = new DefinitionRepository<RuleInput>(db, "validation_rules");
    this.regimes = new DefinitionRepository<ReportingRegime>(db, "reporting_regimes");
    this.targetKinds = new DefinitionRepository<TargetKindInfo>(db, "target_kinds");
    this.reports = new ReportRepository(db);
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.loginAttempts = new LoginAttemptRepository(db, dialect);
    this.registers = recordRepositories(db);
    this.taskProgress = new TaskProgressRepository(db);
    this.registerAudit = new RegisterAuditRepository(db);
    this.submissions = new SubmissionRepository(db);
    this.sectionDrafts = new SectionDraftRepository(db);
    this.formLocks = new FormLockRepository(db, dialect);
    this.documentNumbers = new DocumentNumberRepository(db);
    this.authorship = new AuthorshipRepository(db);
    this.userAudit = new UserAuditRepository(db);
    this.reminders = new ReminderRepository(db);
    this.definitionAudit = new DefinitionAuditRepository(db, dialect);
  }
}
