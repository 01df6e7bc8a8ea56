import type {
  CapitalPlan,
  Commitment,
  Disbursement,
  SiteClearance,
  TaskProgress,
} from "./types.ts";

// One text key per register record, the identity a write checks versions against and the
// audit trail files changes under. Fields are joined by "|", which no code may contain.

/** Key of a capital plan: project, year, source. */
export function capitalPlanKey(
  p: Pick<CapitalPlan, "projectCode" | "year" | "fundSource">,
): string {
  return `${p.projectCode}|${p.year}|${p.fundSource}`;
}

/** Key of a commitment: the project (or `@level`) and the due date. */
export function commitmentKey(
  c: Pick<Commitment, "projectCode" | "managingLevel" | "dueDate">,
): string {
  return `${c.projectCode || `@${c.managingLevel ?? ""}`}|${c.dueDate}`;
}

/** Key of a disbursement: project, month, source. */
export function disbursementKey(
  d: Pick<Disbursement, "projectCode" | "period" | "fundSource">,
): string {
  return `${d.projectCode}|${d.period}|${d.fundSource}`;
}

/** Key of a site clearance row: project and month. */
export function clearanceKey(c: Pick<SiteClearance, "projectCode" | "period">): string {
  return `${c.projectCode}|${c.period}`;
}

/** Key of a progress note: task and its place among the task's notes. */
export function progressKey(p: Pick<TaskProgress, "taskId" | "seq">): string {
  return `${p.taskId}|${p.seq}`;
}
