import type {
  CapitalPlan,
  CheckedRow,
  ProblemList,
  Project,
  ProjectDraft,
} from "../../core/registers/index.ts";
import type { UnitHistory } from "../../core/units/index.ts";

/**
 * Gives every project row its reporting unit — the unit whose figures it counts in: as written,
 * else the owner when it is one of our units, else the nearest unit containing all the places
 * it is built in (as of its start date, or of January of its first plan year). A project the
 * town's office registers for a province board, built across two wards, thus counts in the town.
 */
export function resolveReportingUnits(
  rows: readonly CheckedRow<ProjectDraft>[],
  plans: readonly CapitalPlan[],
  history: UnitHistory,
  problems: ProblemList,
): CheckedRow<Project>[] {
  return rows.flatMap((row): CheckedRow<Project>[] => {
    const draft = row.record;
    if (!draft) return [{ ...row, record: undefined }];
    const unit = draft.reportingUnit ?? draft.ownerUnit ?? commonUnit(draft, plans, history);
    if (unit === null) {
      problems.add(
        "projects",
        row.index,
        "reportingUnit",
        "register.no_reporting_unit",
        `Không xác định được đơn vị báo cáo của dự án "${draft.code}": hãy ghi cột reporting_unit (ví dụ mã của thị xã).`,
      );
      return [];
    }
    return [{ ...row, record: { ...draft, reportingUnit: unit } }];
  });
}

function commonUnit(
  draft: ProjectDraft,
  plans: readonly CapitalPlan[],
  history: UnitHistory,
): string | null {
  if (draft.locationUnits.length === 0) return null;
  const years = plans.filter((p) => p.projectCode === draft.code).map((p) => p.year);
  const date = draft.startDate ?? (years.length ? `${Math.min(...years)}-01-01` : null);
  if (date === null) return null;
  const tree = history.treeAsOf(date);
  if (!draft.locationUnits.every((code) => tree.has(code))) return null;
  const chains = draft.locationUnits.map((code) => [
    code,
    ...tree.ancestors(code).map((u) => u.code),
  ]);
  const [first = [], ...others] = chains;
  return first.find((code) => others.every((chain) => chain.includes(code))) ?? null;
}
