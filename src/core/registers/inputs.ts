import type { InputOf, RecordRegisterName } from "./register-definition.ts";
import type {
  CapitalPlan,
  Commitment,
  Disbursement,
  Project,
  SiteClearance,
  Task,
  TaskProgress,
} from "./types.ts";

/** How a row is written: the version the writer last read (0: must not exist yet), or a delete. */
export interface WriteOptions {
  /** Omit to skip the check (imports); a mismatch is refused with `register.conflict`. */
  readonly expectedVersion?: number;
  /** Remove the record instead of writing it; only its key fields are needed. */
  readonly delete?: boolean;
}

/** Fields a row may leave out, each with its default. */
type Loose<T, Required extends keyof T> = Pick<T, Required> & Partial<Omit<T, Required>>;

/** A project as written; `reportingUnit` defaults to the owner unit, else the units' common parent. */
export type ProjectInput = Loose<Omit<Project, "reportingUnit">, "code"> & {
  readonly reportingUnit?: string | null;
} & WriteOptions;

/** A capital plan row as written. */
export type CapitalPlanInput = Loose<CapitalPlan, "projectCode" | "year"> & WriteOptions;

/** A commitment as written: a project code or a managing level, the due date and the share. */
export type CommitmentInput = Loose<Commitment, "dueDate"> & WriteOptions;

/** A disbursement as written; `period` may be left out when `date` is given. */
export type DisbursementInput = Loose<Disbursement, "projectCode"> & WriteOptions;

/** A site clearance row as written. */
export type SiteClearanceInput = Loose<SiteClearance, "projectCode" | "period"> & WriteOptions;

/** A task as written. */
export type TaskInput = Loose<Task, "id"> & WriteOptions;

/** A progress note as written; its place among the task's notes is given by the register. */
export type TaskProgressInput = Loose<Omit<TaskProgress, "seq">, "taskId" | "date">;

/** Register rows to write, each part optional; applied in one transaction, all or nothing. */
export type RegisterBundle = RecordBundle & {
  readonly taskProgress?: readonly TaskProgressInput[];
};

/** The versioned registers' part of a bundle. */
export type RecordBundle = { readonly [N in RecordRegisterName]?: readonly InputOf<N>[] };
