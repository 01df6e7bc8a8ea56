import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Dates are ISO strings (`YYYY-MM-DD`), timestamps ISO instants,
 * structured definitions JSON text — one representation that SQLite and PostgreSQL store alike.
 */
export interface OrgUnitTable {
  code: string;
  name_vi: string;
  name_en: string;
  kind: string;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
}

/** Restructuring events (rename, move, merge, split, dissolve); the event itself as JSON. */
export interface UnitEventTable {
  id: string;
  date: string;
  kind: string;
  definition: string;
}

/** The catalogue's other parts (sub-groups, category sets, extra measure units) as JSON. */
export interface CatalogueEntryTable {
  kind: string;
  code: string;
  position: number;
  definition: string;
}

/** Indicators: the code and sector for lookups, the whole validated definition as JSON. */
export interface IndicatorTable {
  code: string;
  sector: string;
  /** Order of the indicator in the catalogue (the report's order). */
  position: number;
  /** How values combine up the unit tree (sum, average, weighted_average, none); read by roll-ups. */
  unit_aggregation: string;
  /** The weight indicator of a weighted average, else null. */
  weight_indicator: string | null;
  /** 1 when the indicator is disaggregated and its total is the sum of the options. */
  sums_options: number;
  definition: string;
}

/** Raw values as reported: one row per indicator, unit, month and disaggregation. */
export interface DataValueTable {
  indicator_code: string;
  unit_code: string;
  period: string;
  /** Canonical disaggregation key, e.g. `level=primary`; empty for the total. */
  disaggregation: string;
  value: number | null;
  text_value: string | null;
  status: string;
  note: string;
  source: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

/** One row per change of a value: the version it produced, old and new content, who and how. */
export interface ValueAuditTable {
  indicator_code: string;
  unit_code: string;
  period: string;
  disaggregation: string;
  version: number;
  action: string;
  old_value: number | null;
  new_value: number | null;
  old_status: string | null;
  new_status: string | null;
  at: string;
  by: string;
  via: string;
  note: string;
}

/**
 * Stored aggregates per indicator, unit (each unit holds the roll-up of its subtree, itself
 * included), month and disaggregation — maintained on every write, so reads never scan raw values.
 */
export interface RollupTable {
  indicator_code: string;
  unit_code: string;
  period: string;
  disaggregation: string;
  /** Sum of the reported values. */
  total: number;
  /** Number of reported values. */
  count: number;
  /** How many of them are estimates. */
  estimate_count: number;
  /** Σ value × weight and Σ weight, for indicators aggregated by weighted average. */
  weighted_total: number;
  weight_total: number;
}

/**
 * Who rolls up into whom, month by month: a row says `unit_code` counts towards `ancestor_code`
 * (itself included, depth 0) for the months from `from_period` up to but not including
 * `to_period`. Rebuilt from the unit history whenever units or events change.
 */
export interface UnitClosureTable {
  unit_code: string;
  ancestor_code: string;
  depth: number;
  from_period: string;
  to_period: string;
}

export interface TargetTable {
  indicator_code: string;
  unit_code: string;
  year: number;
  kind: string;
  /** `YYYY-MM-DD`, or empty for targets without a due date. */
  due_date: string;
  value: number;
  source: string;
  /** The option's disaggregation key (`rice_season=he_thu`), or empty for the total. */
  disaggregation: string;
}

/** A stored definition by code, in catalogue order (validation rules, reporting regimes). */
export interface DefinitionTable {
  code: string;
  position: number;
  definition: string;
}

/** Columns every register table has: the optimistic-lock version and who changed it last. */
export interface RegisterRowMeta {
  version: number;
  updated_at: string;
  updated_by: string;
}

/** Investment projects; `location_units` are unit codes joined by `;`. */
export interface ProjectTable extends RegisterRowMeta {
  code: string;
  name_vi: string;
  managing_level: string;
  programme: string;
  owner_unit: string | null;
  owner_name: string;
  reporting_unit: string;
  location_units: string;
  start_date: string | null;
  end_date: string | null;
  status: string;
  note: string;
  synthetic: number;
}

/** A project's capital plan for a year from one source (triệu đồng). */
export interface CapitalPlanTable extends RegisterRowMeta {
  project_code: string;
  year: number;
  fund_source: string;
  programme: string;
  amount: number;
  note: string;
  synthetic: number;
}

/** Disbursement commitments: for a project (`managing_level` empty) or a level (`project_code` empty). */
export interface CommitmentTable extends RegisterRowMeta {
  project_code: string;
  managing_level: string;
  due_date: string;
  share_pct: number;
  note: string;
}

/** Capital disbursed for a project in a month (triệu đồng). */
export interface DisbursementTable extends RegisterRowMeta {
  project_code: string;
  period: string;
  fund_source: string;
  date: string | null;
  amount: number;
  status: string;
  note: string;
  synthetic: number;
}

/** Site clearance of a project as of a month; money in đồng. */
export interface SiteClearanceTable extends RegisterRowMeta {
  project_code: string;
  period: string;
  date: string | null;
  households_total: number;
  households_paid: number;
  households_handed_over: number | null;
  amount_total: number | null;
  amount_paid: number | null;
  note: string;
  synthetic: number;
}

/** Tasks set by a report's part II or a decision; `partner_units` joined by `;`. */
export interface TaskTable extends RegisterRowMeta {
  id: string;
  text_vi: string;
  sector: string;
  report_period: string | null;
  section: string;
  paragraph: number | null;
  sentence: number | null;
  source: string;
  lead_unit: string;
  partner_units: string;
  due_period: string | null;
  due_date: string | null;
  status: string;
  note: string;
}

/** Dated progress notes of a task, numbered per task; only ever added. */
export interface TaskProgressTable {
  task_id: string;
  seq: number;
  date: string;
  status: string | null;
  note: string;
  by: string;
  at: string;
}

/** One row per change of a register record: old and new content as JSON, who, when, how. */
export interface RegisterAuditTable {
  register: string;
  record_key: string;
  version: number;
  action: string;
  old_data: string | null;
  new_data: string | null;
  at: string;
  by: string;
  via: string;
  note: string;
}

/** One row: the counter every data change moves (see the data-epoch migration). */
export interface DataEpochTable {
  id: number;
  n: string | number | bigint;
}

/** Report instances: drafts and issued versions. */
export interface ReportTable {
  unit_code: string;
  period: string;
  version: number;
  status: string;
  template: string;
  meta: string;
  document: string | null;
  checks: string | null;
  updated_at: string;
  updated_by: string;
  issued_at: string | null;
  issued_by: string | null;
}

/** Local accounts; `password_hash` is an argon2id PHC string, `disabled` 0 or 1. */
export interface UserTable {
  username: string;
  display_name: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  /** 1 after a one-time password: the next sign-in must choose a new one. */
  must_change_password: Generated<number>;
  /** Moves on every change of the account or its grants (optimistic lock). */
  version: Generated<number>;
  /** Where reminders are e-mailed; null: in the app only. */
  email: string | null;
}

/** A reminder given to one person about one form, read or not, e-mailed or not. */
export interface ReminderTable {
  /** Once per form and person (automatic) or per form, person and day (manual). */
  key: string;
  username: string;
  kind: string;
  unit_code: string;
  regime_code: string;
  period: string;
  subject: string;
  body: string;
  created_at: string;
  /** Who asked for it; null for the automatic ones. */
  created_by: string | null;
  read_at: string | null;
  email_to: string | null;
  email_state: string;
  email_error: string | null;
  emailed_at: string | null;
}

/** The last number each issuing unit gave in a year (sổ đăng ký văn bản đi). */
export interface DocumentNumberTable {
  unit_code: string;
  year: number;
  last_number: number;
}

/** One row per change of an account: what changed (JSON), who, when. */
export interface UserAuditTable {
  username: string;
  version: number;
  action: string;
  detail: string;
  at: string;
  by: string;
}

/** One change of a definition from the administration screens (JSON before and after). */
export interface DefinitionAuditTable {
  id: string;
  kind: string;
  code: string;
  action: string;
  before: string | null;
  after: string | null;
  comment: string | null;
  at: string;
  by: string;
}

/** A role held by an account on a unit and its subtree. */
export interface UserGrantTable {
  username: string;
  role: string;
  unit_code: string;
}

/** Signed-in sessions, keyed by the SHA-256 (hex) of the cookie's token. */
export interface SessionTable {
  token_hash: string;
  username: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** Login attempts by key (`user:<name>` or `ip:<address>`), for the shared rate limit. */
export interface LoginAttemptTable {
  key: string;
  at: string;
  succeeded: number;
}

/** A unit's form for a period in the collection cycle (see core/submissions). */
export interface SubmissionTable {
  unit_code: string;
  regime_code: string;
  period: string;
  state: string;
  version: number;
  reopened: number;
  submitted_at: string | null;
  submitted_by: string | null;
  updated_at: string;
  updated_by: string;
}

/** One change of a submission's state; `explanations` is JSON. */
export interface SubmissionEventTable {
  unit_code: string;
  regime_code: string;
  period: string;
  version: number;
  transition: string;
  from_state: string;
  to_state: string;
  comment: string;
  explanations: string;
  at: string;
  by: string;
}

/** A department's text of its section of a report; its state is a submission (`section:<unit>`). */
export interface ReportSectionTable {
  report_unit: string;
  period: string;
  owner_unit: string;
  text: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface Database {
  org_units: OrgUnitTable;
  unit_events: UnitEventTable;
  catalogue_entries: CatalogueEntryTable;
  indicators: IndicatorTable;
  data_values: DataValueTable;
  value_audit: ValueAuditTable;
  rollups: RollupTable;
  unit_closure: UnitClosureTable;
  targets: TargetTable;
  validation_rules: DefinitionTable;
  reporting_regimes: DefinitionTable;
  target_kinds: DefinitionTable;
  reports: ReportTable;
  data_epoch: DataEpochTable;
  projects: ProjectTable;
  capital_plans: CapitalPlanTable;
  commitments: CommitmentTable;
  disbursements: DisbursementTable;
  site_clearance: SiteClearanceTable;
  tasks: TaskTable;
  task_progress: TaskProgressTable;
  register_audit: RegisterAuditTable;
  users: UserTable;
  user_grants: UserGrantTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  submissions: SubmissionTable;
  submission_events: SubmissionEventTable;
  report_sections: ReportSectionTable;
  user_audit: UserAuditTable;
  document_numbers: DocumentNumberTable;
  reminders: ReminderTable;
  definition_audit: DefinitionAuditTable;
}
