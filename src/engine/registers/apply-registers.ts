import {
  type CheckedRow,
  checkRows,
  PROGRESS_REGISTER,
  ProblemList,
  perRecordRegister,
  perRecordRegisterInTurn,
  RECORD_REGISTER_LIST,
  RECORD_REGISTER_NAMES,
  RECORD_REGISTERS,
  type RecordBundle,
  type RecordOf,
  type RecordRegisterName,
  type RegisterBundle,
  type RegisterFinding,
  registerFindings,
  type TaskProgress,
} from "../../core/registers/index.ts";
import type { UnitHistory } from "../../core/units/index.ts";
import type { Actor } from "../../core/values/index.ts";
import type { RecordRepositories, Repositories, Versioned } from "../../store/index.ts";
import type { CompiledCatalogue } from "../compiled-catalogue.ts";
import type { WriteResult } from "../write-values.ts";
import { type CheckedBundle, type CheckedRecords, crossCheck } from "./cross-check.ts";
import { syncRegisterCatalogue } from "./register-catalogue-sync.ts";
import { syncRegisterValues } from "./register-values.ts";
import { resolveReportingUnits } from "./reporting-unit.ts";
import { loadRegisters, type StoredRecords } from "./stored-registers.ts";
import { type RecordCounts, writeRecords } from "./write-records.ts";

/** How many records of each register a write created, updated, deleted or left. */
type Counts = { readonly [N in RecordRegisterName]: RecordCounts };

/** What a register write did, register by register, and what it left to look at. */
export type RegisterSummary = Counts & {
  readonly taskProgress: { readonly added: number; readonly unchanged: number };
  /** The register figures written to the engine as data values. */
  readonly values: Omit<WriteResult, "outcomes">;
  /** Questionable data now in the registers (kept as entered). */
  readonly findings: readonly RegisterFinding[];
};

/**
 * Applies register rows inside the caller's transaction: checks every row (all problems at once,
 * each naming its register, row and field), checks references against units, projects and tasks,
 * writes each register version-checked with an audit row per change, then recomputes the
 * register figures into data values. Any problem aborts the transaction: nothing is written.
 */
export async function applyRegisters(
  trx: Repositories,
  compiled: CompiledCatalogue,
  history: UnitHistory,
  bundle: RegisterBundle,
  context: Actor,
): Promise<{ compiled: CompiledCatalogue; summary: RegisterSummary }> {
  const problems = new ProblemList();
  const inputs: RecordBundle = bundle;
  const checked: CheckedBundle = {
    ...perRecordRegister<CheckedRecords>((register) =>
      checkRows(inputs[register] ?? [], RECORD_REGISTERS[register], problems),
    ),
    taskProgress: (bundle.taskProgress ?? []).flatMap((input, index) => {
      const note = PROGRESS_REGISTER.check(
        { ...input, by: input.by || context.by },
        (field, code, message) =>
          problems.add(PROGRESS_REGISTER.register, index, field, code, message),
      );
      return note ? [{ index, note }] : [];
    }),
  };
  // References are checked on the rows that passed their own checks, so one run lists both.
  const stored = await loadRegisters(trx);
  crossCheck(checked, stored, history, problems);
  problems.throwIfAny();
  const plans = [
    ...stored.capitalPlans,
    ...checked.capitalPlans.flatMap((r) => (r.record ? [r.record] : [])),
  ];
  const projects = resolveReportingUnits(checked.projects, plans, history, problems);
  problems.throwIfAny();

  const records = await writeAll(trx, { ...checked, projects }, stored, context);
  const progress = await appendProgress(trx, checked.taskProgress, stored.taskProgress, context);
  // The rows as they now stand are what the figures and findings are computed from.
  const data = records.stored;
  // Only rows that stand for figures need the figures recomputed (a task's status does not).
  const figuresChanged = RECORD_REGISTER_LIST.some(
    (d) => d.feedsFigures && (inputs[d.register]?.length ?? 0) > 0,
  );
  const next = figuresChanged ? await syncRegisterCatalogue(trx, compiled, data) : compiled;
  const values = figuresChanged
    ? await syncRegisterValues(trx, next.catalogue, data, context)
    : { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const { created, updated, deleted, unchanged } = values;
  return {
    compiled: next,
    summary: {
      ...records.counts,
      taskProgress: { added: progress.added, unchanged: progress.unchanged },
      values: { created, updated, deleted, unchanged },
      findings: registerFindings(data),
    },
  };
}

/** Checked rows ready to write: projects now carry their reporting unit. */
type WritableRecords = { readonly [N in RecordRegisterName]: CheckedRow<RecordOf<N>>[] };

/** What writing one register's rows did, by register. */
type Written = {
  readonly [N in RecordRegisterName]: {
    readonly counts: RecordCounts;
    readonly records: Versioned<RecordOf<N>>[];
  };
};

/** How many parents above a register's rows (a project 0, its plans 1). */
function depth(register: RecordRegisterName): number {
  const { parent } = RECORD_REGISTERS[register];
  return parent ? depth(parent.register) + 1 : 0;
}

/** Parents before children (projects before their plans): how new rows are written. */
const WRITE_ORDER = RECORD_REGISTER_NAMES.toSorted((a, b) => depth(a) - depth(b));

/**
 * Writes the versioned registers in an order the foreign keys accept: new and changed rows
 * parents first, deletions children first.
 */
async function writeAll(
  trx: Repositories,
  rows: WritableRecords,
  stored: StoredRecords,
  context: Actor,
): Promise<{
  stored: StoredRecords;
  counts: Counts;
}> {
  const repositories: RecordRepositories = trx.registers;
  const write = <N extends RecordRegisterName>(
    register: N,
    records: readonly Versioned<RecordOf<N>>[],
    deletes: boolean,
  ) =>
    writeRecords(
      { register, repository: repositories[register], keyOf: RECORD_REGISTERS[register].keyOf },
      rows[register].filter((r) => (r.record === undefined) === deletes),
      records,
      trx.registerAudit,
      context,
    );
  const saved = await perRecordRegisterInTurn<Written>(
    (register) => write(register, stored[register], false),
    WRITE_ORDER,
  );
  const removed = await perRecordRegisterInTurn<Written>(
    (register) => write(register, saved[register].records, true),
    WRITE_ORDER.toReversed(),
  );
  return {
    stored: perRecordRegister<StoredRecords>((register) => removed[register].records),
    counts: perRecordRegister<Counts>((register) => {
      const a = saved[register].counts;
      const b = removed[register].counts;
      return {
        created: a.created + b.created,
        updated: a.updated + b.updated,
        deleted: a.deleted + b.deleted,
        unchanged: a.unchanged + b.unchanged,
      };
    }),
  };
}

/** Adds progress notes, numbering each after its task's last; a note already there is skipped. */
async function appendProgress(
  trx: Repositories,
  notes: CheckedBundle["taskProgress"],
  stored: readonly TaskProgress[],
  context: Actor,
): Promise<{ added: number; unchanged: number }> {
  const all = [...stored];
  const added: TaskProgress[] = [];
  for (const { note } of notes) {
    const own = all.filter((n) => n.taskId === note.taskId);
    if (own.some((n) => n.date === note.date && n.status === note.status && n.note === note.note))
      continue;
    const next = { ...note, seq: Math.max(0, ...own.map((n) => n.seq)) + 1 };
    all.push(next);
    added.push(next);
  }
  await trx.taskProgress.append(added, context.at);
  await trx.registerAudit.append(
    added.map((n) => ({
      register: PROGRESS_REGISTER.register,
      key: PROGRESS_REGISTER.keyOf(n),
      version: 1,
      action: "create",
      oldData: null,
      newData: n,
      at: context.at,
      by: context.by,
      via: context.via,
      note: "",
    })),
  );
  return { added: added.length, unchanged: notes.length - added.length };
}
