import type { ErrorCode } from "../error-codes.ts";
import type { ProjectDraft } from "./check-project.ts";
import type { FieldFail, RowRules } from "./check-rows.ts";
import type { ProgressDraft } from "./check-task.ts";
import type * as In from "./inputs.ts";
import type * as T from "./types.ts";

/**
 * The types of each versioned register: a row as written, as checked, and as stored. Generic
 * register code is written over `N extends RecordRegisterName` and these mapped types, so the
 * compiler follows one register's types through the check, the write and the store (only
 * `perRecordRegister`, which builds one entry per register, has to be trusted).
 */
export interface RecordTypes {
  projects: { input: In.ProjectInput; checked: ProjectDraft; record: T.Project };
  capitalPlans: { input: In.CapitalPlanInput; checked: T.CapitalPlan; record: T.CapitalPlan };
  commitments: { input: In.CommitmentInput; checked: T.Commitment; record: T.Commitment };
  disbursements: { input: In.DisbursementInput; checked: T.Disbursement; record: T.Disbursement };
  siteClearance: {
    input: In.SiteClearanceInput;
    checked: T.SiteClearance;
    record: T.SiteClearance;
  };
  tasks: { input: In.TaskInput; checked: T.Task; record: T.Task };
}

/** A register whose rows are written version-checked, updated and deleted by key. */
export type RecordRegisterName = keyof RecordTypes;

/** The register of progress notes: a log, only ever added to (no version, no delete). */
export type LogRegisterName = "taskProgress";

/** One register, by the name its part of an import bundle has. */
export type RegisterName = RecordRegisterName | LogRegisterName;

/** A register's row as written, as checked, and as stored. */
export type InputOf<N extends RecordRegisterName> = RecordTypes[N]["input"];
export type CheckedOf<N extends RecordRegisterName> = RecordTypes[N]["checked"];
export type RecordOf<N extends RecordRegisterName> = RecordTypes[N]["record"];

/** What every register says of itself, whatever its kind. */
interface RegisterBase<N extends RegisterName> {
  readonly register: N;
  /** Its Vietnamese name, for messages ("kế hoạch vốn"). */
  readonly label: string;
}

/**
 * How a row names the record of another register it belongs to (a plan its project), and what
 * a row naming a record that register does not hold is told.
 */
export interface ParentLink<R> {
  readonly register: RecordRegisterName;
  /** The field a missing parent is reported on. */
  readonly field: string;
  /** The parent's key; "" when the row belongs to none (a commitment for a whole level). */
  readonly codeOf: (row: R) => string;
  readonly unknownCode: ErrorCode;
  readonly unknown: (code: string) => string;
}

/**
 * One versioned register: its checks (the row rules), the key of a stored record, the register
 * its rows belong to, the units its rows name, and whether its rows stand for engine figures.
 * The generic register code (check, cross-check, write, audit, counts) reads only this.
 */
export interface RegisterDefinition<N extends RecordRegisterName>
  extends RegisterBase<N>,
    RowRules<InputOf<N>, CheckedOf<N>> {
  readonly keyOf: (record: RecordOf<N>) => string;
  /** The register its rows belong to; checked as a row is written, and as the parent is deleted. */
  readonly parent?: ParentLink<CheckedOf<N> | RecordOf<N>>;
  /**
   * Why a record of a register others belong to cannot be deleted while their rows remain;
   * `remaining` names them ("2 dòng kế hoạch vốn, 1 dòng giải ngân").
   */
  readonly inUse?: (key: string, remaining: string) => string;
  /** The unit codes a checked row names, by field, each checked to exist. */
  readonly unitsOf?: (
    row: CheckedOf<N>,
  ) => readonly (readonly [field: string, code: string | null])[];
  /** Its rows stand for engine figures: writing them recomputes the register values. */
  readonly feedsFigures: boolean;
}

/** The log register: how a note is checked, keyed for the audit trail, and what it belongs to. */
export interface LogDefinition extends RegisterBase<LogRegisterName> {
  readonly check: (input: In.TaskProgressInput, fail: FieldFail) => ProgressDraft | undefined;
  readonly keyOf: (note: T.TaskProgress) => string;
  readonly parent: ParentLink<ProgressDraft>;
}
