/**
 * Registers (sổ theo dõi): lists of things that each carry figures — investment projects with
 * their capital plans, commitments and disbursements, site clearance per project, and the tasks
 * a report sets for next month. Pure domain: checks, derived figures, task status. No I/O.
 */
export { commitmentGap, commitmentShare, pctOfPlan } from "./capital.ts";
export type { ProjectDraft } from "./check-project.ts";
export {
  type CheckedRow,
  checkRows,
  type FieldFail,
  type RowRules,
} from "./check-rows.ts";
export { type ProgressDraft, taskStatus } from "./check-task.ts";
export { type ClearanceProgress, clearanceProgress } from "./clearance.ts";
export { type FigureValue, registerFigures, type UnitValidity } from "./figures.ts";
export { type RegisterFinding, registerFindings } from "./findings.ts";
export type {
  CapitalPlanInput,
  CommitmentInput,
  DisbursementInput,
  ProjectInput,
  RecordBundle,
  RegisterBundle,
  SiteClearanceInput,
  TaskInput,
  TaskProgressInput,
  WriteOptions,
} from "./inputs.ts";
export { firstDayOf, lastDayOf, monthAfter, monthBefore, monthsOfYear } from "./months.ts";
export {
  MAX_REGISTER_PROBLEMS,
  ProblemList,
  type RegisterProblem,
  registerProblemsError,
} from "./problems.ts";
export {
  MANAGING_LEVEL_NAMES,
  projectOption,
  REGISTER_INDICATOR_CODES,
  REGISTER_INDICATORS,
  REGISTER_SETS,
  type RegisterOptions,
  registerCatalogue,
} from "./register-catalogue.ts";
export {
  programmeOf,
  type RegisterData,
  sourceOfDisbursement,
  sourcesOf,
} from "./register-data.ts";
export type {
  CheckedOf,
  InputOf,
  LogDefinition,
  LogRegisterName,
  ParentLink,
  RecordOf,
  RecordRegisterName,
  RecordTypes,
  RegisterDefinition,
  RegisterName,
} from "./register-definition.ts";
export {
  PROGRESS_REGISTER,
  perRecordRegister,
  perRecordRegisterInTurn,
  RECORD_REGISTER_LIST,
  RECORD_REGISTER_NAMES,
  RECORD_REGISTERS,
  REGISTER_NAMES,
  registerLabel,
} from "./registers.ts";
export {
  carriedOver,
  countByStatus,
  filterTasks,
  inChecklist,
  type TaskFilter,
  type TaskView,
  viewTasks,
} from "./task-lists.ts";
export { closedOn, effectiveStatus, statusOn, taskDueDate } from "./task-status.ts";
export {
  type CapitalPlan,
  type Commitment,
  type Disbursement,
  type EffectiveTaskStatus,
  MANAGING_LEVELS,
  type ManagingLevel,
  PROJECT_STATUSES,
  type Project,
  type ProjectStatus,
  type SiteClearance,
  TASK_STATUSES,
  type Task,
  type TaskProgress,
  type TaskStatus,
} from "./types.ts";
