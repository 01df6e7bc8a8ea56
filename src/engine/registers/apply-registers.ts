import {
  type CheckedRow,
  capitalPlanKey,
  capitalPlanRules,
  checkProgress,
  checkRows,
  clearanceKey,
  clearanceRules,
  commitmentKey,
  commitmentRules,
  disbursementKey,
  disbursementRules,
  ProblemList,
  type Project,
  progressKey,
  projectRules,
  type RegisterBundle,
  type RegisterFinding,
  registerFindings,
  type Task,
  type TaskProgress,
  taskRules,
} from "../../core/registers/index.ts";
import type { UnitHistory } from "../../core/units/index.ts";
import type { Actor } from "../../core/values/index.ts";
import type { RecordRepository, RegisterAuditRepository, Repositories } from "../../store/index.ts";
import type { CompiledCatalogue } from "../compiled-catalogue.ts";
import type { WriteResult } from "../write-values.ts";
import { type CheckedBundle, crossCheck } from "./cross-check.ts";
import { syncRegisterCatalogue } from "./register-catalogue-sync.ts";
import { syncRegisterValues } from "./register-values.ts";
import { resolveReportingUnits } from "./reporting-unit.ts";
import {
  loadRegisters,
  registerData,
  registerRepositories,
  type StoredRegisters,
} from "./stored-registers.ts";
import { type RecordCounts, writeRecords } from "./write-records.ts";

/** What a register write did, register by register, and what it left to look at. */
export interface RegisterSummary {
  readonly projects: RecordCounts;
  readonly capitalPlans: RecordCounts;
  readonly commitments: RecordCounts;
  readonly disbursements: RecordCounts;
  readonly siteClearance: RecordCounts;
  readonly tasks: RecordCounts;
  readonly taskProgress: { readonly added: number; readonly unchanged: number };
  /** The register figures written to the engine as data values. */
  readonly values: Omit<WriteResult, "outcomes">;
  /** Questionable data now in the registers (kept as entered). */
  readonly findings: readonly RegisterFinding[];
}

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
  const checked: CheckedBundle = {
    projects: checkRows(bundle.projects ?? [], projectRules, problems),
    capitalPlans: checkRows(bundle.capitalPlans ?? [], capitalPlanRules, problems),
    commitments: checkRows(bundle.commitments ?? [], commitmentRules, problems),
    disbursements: checkRows(bundle.disbursements ?? [], disbursementRules, problems),
    siteClearance: checkRows(bundle.siteClearance ?? [], clearanceRules, problems),
    tasks: checkRows(bundle.tasks ?? [], taskRules, problems),
    taskProgress: (bundle.taskProgress ?? []).flatMap((input, index) => {
      const note = checkProgress({ ...input, by: input.by || context.by }, (field, code, message) =>
        problems.add("taskProgress", index, field, code, message),
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

  const after = await writeAll(trx, { ...checked, projects }, stored, context);
  const data = registerData(after.stored);
  // Tasks carry no figures: a status change need not recompute the capital values.
  const figuresChanged = FIGURE_PARTS.some((part) => (bundle[part]?.length ?? 0) > 0);
  const next = figuresChanged ? await syncRegisterCatalogue(trx, compiled, data) : compiled;
  const values = figuresChanged
    ? await syncRegisterValues(trx, next.catalogue, data, context)
    : { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const { created, updated, deleted, unchanged } = values;
  return {
    compiled: next,
    summary: {
      ...after.counts,
      values: { created, updated, deleted, unchanged },
      findings: registerFindings(data),
    },
  };
}

/** The registers whose rows stand for engine figures. */
const FIGURE_PARTS = [
  "projects",
  "capitalPlans",
  "commitments",
  "disbursements",
  "siteClearance",
] as const;

type Counts = Omit<RegisterSummary, "values" | "findings">;
type Part = Exclude<keyof StoredRegisters, "taskProgress">;

/** Parents before children: how new rows are written (deletions go the other way). */
const ORDER: readonly Part[] = [
  "projects",
  "tasks",
  "capitalPlans",
  "commitments",
  "disbursements",
  "siteClearance",
];

/**
 * Writes the registers in an order the foreign keys accept: new and changed rows parents first
 * (projects before their plans, tasks before their notes), deletions children first.
 */
async function writeAll(
  trx: Repositories,
  checked: Omit<CheckedBundle, "projects"> & { readonly projects: CheckedRow<Project>[] },
  stored: StoredRegisters,
  context: Actor,
): Promise<{ stored: StoredRegisters; counts: Counts }> {
  const repos = registerRepositories(trx);
  const audit = trx.registerAudit;
  const keys: Record<Part, (r: never) => string> = {
    projects: (p: Project) => p.code,
    tasks: (t: Task) => t.id,
    capitalPlans: capitalPlanKey,
    commitments: commitmentKey,
    disbursements: disbursementKey,
    siteClearance: clearanceKey,
  };
  const current: Record<Part, readonly object[]> = { ...stored };
  const counts: Record<Part, RecordCounts> = Object.fromEntries(
    ORDER.map((p) => [p, { created: 0, updated: 0, deleted: 0, unchanged: 0 }]),
  ) as Record<Part, RecordCounts>;
  const pass = async (parts: readonly Part[], deletes: boolean) => {
    for (const part of parts) {
      const rows = (checked[part] as readonly CheckedRow<object>[]).filter(
        (r) => (r.record === undefined) === deletes,
      );
      const spec = {
        register: part,
        repository: repos[part] as unknown as RecordRepository<object>,
        keyOf: keys[part] as (r: object) => string,
      };
      const written = await writeRecords(spec, rows, current[part] as never, audit, context);
      current[part] = written.records;
      const c = counts[part];
      counts[part] = {
        created: c.created + written.counts.created,
        updated: c.updated + written.counts.updated,
        deleted: c.deleted + written.counts.deleted,
        unchanged: c.unchanged + written.counts.unchanged,
      };
    }
  };
  await pass(ORDER, false);
  await pass([...ORDER].reverse(), true);
  const progress = await appendProgress(
    trx,
    checked.taskProgress,
    stored.taskProgress,
    audit,
    context,
  );
  return {
    stored: { ...(current as unknown as StoredRegisters), taskProgress: progress.notes },
    counts: {
      projects: counts.projects,
      capitalPlans: counts.capitalPlans,
      commitments: counts.commitments,
      disbursements: counts.disbursements,
      siteClearance: counts.siteClearance,
      tasks: counts.tasks,
      taskProgress: { added: progress.added, unchanged: progress.unchanged },
    },
  };
}

/** Adds progress notes, numbering each after its task's last; a note already there is skipped. */
async function appendProgress(
  trx: Repositories,
  notes: CheckedBundle["taskProgress"],
  stored: readonly TaskProgress[],
  audit: RegisterAuditRepository,
  context: Actor,
): Promise<{ notes: TaskProgress[]; added: number; unchanged: number }> {
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
  await registerRepositories(trx).taskProgress.append(added, context.at);
  await audit.append(
    added.map((n) => ({
      register: "taskProgress",
      key: progressKey(n),
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
  return { notes: all, added: added.length, unchanged: notes.length - added.length };
}
