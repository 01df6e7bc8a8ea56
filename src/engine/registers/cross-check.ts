import {
  type CapitalPlan,
  type CheckedRow,
  type Commitment,
  capitalPlanKey,
  clearanceKey,
  commitmentKey,
  type Disbursement,
  disbursementKey,
  type ProblemList,
  type ProgressDraft,
  type Project,
  type ProjectDraft,
  type RegisterName,
  type SiteClearance,
  type Task,
} from "../../core/registers/index.ts";
import type { UnitHistory } from "../../core/units/index.ts";
import type { StoredRegisters } from "./stored-registers.ts";

/** The checked rows of a register bundle, by register. */
export interface CheckedBundle {
  readonly projects: CheckedRow<ProjectDraft>[];
  readonly capitalPlans: CheckedRow<CapitalPlan>[];
  readonly commitments: CheckedRow<Commitment>[];
  readonly disbursements: CheckedRow<Disbursement>[];
  readonly siteClearance: CheckedRow<SiteClearance>[];
  readonly tasks: CheckedRow<Task>[];
  readonly taskProgress: { readonly index: number; readonly note: ProgressDraft }[];
}

/** Codes that exist once the bundle is applied: stored ones, plus written, minus deleted. */
function codesAfter<T>(
  stored: readonly T[],
  rows: readonly CheckedRow<unknown>[],
  codeOf: (r: T) => string,
): Set<string> {
  const codes = new Set(stored.map(codeOf));
  for (const row of rows) {
    if (row.record === undefined) codes.delete(row.key);
    else codes.add(row.key);
  }
  return codes;
}

/**
 * Checks what a row refers to: units that exist, projects and tasks that exist (stored or in the
 * same bundle), and that no project is deleted while rows still refer to it.
 */
export function crossCheck(
  bundle: CheckedBundle,
  stored: StoredRegisters,
  history: UnitHistory,
  problems: ProblemList,
): void {
  const units = new Set(history.units.map((u) => u.code));
  const unit = (register: RegisterName, index: number, field: string, code: string | null) => {
    if (code !== null && code !== "" && !units.has(code))
      problems.add(
        register,
        index,
        field,
        "register.unknown_unit",
        `Không có đơn vị mã "${code}".`,
      );
  };
  for (const { index, record } of bundle.projects) {
    if (!record) continue;
    unit("projects", index, "ownerUnit", record.ownerUnit);
    unit("projects", index, "reportingUnit", record.reportingUnit);
    for (const code of record.locationUnits) unit("projects", index, "locationUnits", code);
  }
  for (const { index, record } of bundle.tasks) {
    if (!record) continue;
    unit("tasks", index, "leadUnit", record.leadUnit);
    for (const code of record.partnerUnits) unit("tasks", index, "partnerUnits", code);
  }

  const projects = codesAfter<Project>(stored.projects, bundle.projects, (p) => p.code);
  const project = (register: RegisterName, index: number, code: string) => {
    if (code !== "" && !projects.has(code))
      problems.add(
        register,
        index,
        "projectCode",
        "register.unknown_project",
        `Không có dự án mã "${code}" trong danh mục dự án.`,
      );
  };
  for (const part of ["capitalPlans", "commitments", "disbursements", "siteClearance"] as const) {
    for (const { index, record } of bundle[part])
      if (record) project(part, index, record.projectCode);
  }
  const tasks = codesAfter<Task>(stored.tasks, bundle.tasks, (t) => t.id);
  for (const { index, note } of bundle.taskProgress) {
    if (!tasks.has(note.taskId))
      problems.add(
        "taskProgress",
        index,
        "taskId",
        "register.unknown_task",
        `Không có nhiệm vụ mã "${note.taskId}".`,
      );
  }
  checkProjectDeletes(bundle, stored, problems);
}

/** A project may be deleted only when no plan, commitment, disbursement or clearance row stays. */
function checkProjectDeletes(
  bundle: CheckedBundle,
  stored: StoredRegisters,
  problems: ProblemList,
) {
  const deleted = bundle.projects.filter((r) => r.record === undefined);
  if (deleted.length === 0) return;
  const inUse = new Set<string>();
  const keep = <T extends { projectCode: string }>(
    rows: readonly CheckedRow<T>[],
    storedRows: readonly T[],
    keyOf: (r: T) => string,
  ) => {
    const gone = new Set(rows.filter((r) => r.record === undefined).map((r) => r.key));
    for (const r of storedRows) if (!gone.has(keyOf(r))) inUse.add(r.projectCode);
    for (const r of rows) if (r.record) inUse.add(r.record.projectCode);
  };
  keep(bundle.capitalPlans, stored.capitalPlans, capitalPlanKey);
  keep(bundle.commitments, stored.commitments, commitmentKey);
  keep(bundle.disbursements, stored.disbursements, disbursementKey);
  keep(bundle.siteClearance, stored.siteClearance, clearanceKey);
  for (const row of deleted) {
    if (inUse.has(row.key))
      problems.add(
        "projects",
        row.index,
        "code",
        "register.in_use",
        `Không xoá được dự án "${row.key}": còn kế hoạch vốn, cam kết, giải ngân hoặc số liệu giải phóng mặt bằng của dự án; hãy xoá chúng trước (cùng lần nhập).`,
      );
  }
}
