import { BaocaoError } from "../core/errors.ts";
import { parsePeriod } from "../core/periods/index.ts";
import { isFiledIn, type ReportingRegime } from "../core/regimes/index.ts";
import {
  dateLockHolds,
  isLockedState,
  lockDate,
  SUBMISSION_STATE_LABELS_VI,
} from "../core/submissions/index.ts";
import { formatDateVi, vietnamDate } from "../core/time/index.ts";
import type { Repositories, SubmissionRecord } from "../store/index.ts";
import type { CheckedInput } from "./value-input.ts";

/** Submissions are kept for months (`2023-08`); other periods belong to no form. */
const MONTH_ID = /^\d{4}-\d{2}$/;

/**
 * Refuses the first input whose figure belongs to a form that is locked: sent or approved (the
 * reporter asks the approver to return it), or past its regime's lock date (unless an admin
 * reopened it or a reviewer returned it). Every write of values passes here — form saves, file imports, the API, the CLI —
 * so none of them can slip past a lock. `at` is the writer's instant; the lock date is counted
 * in Vietnam's calendar.
 */
export async function refuseLockedValues(
  trx: Repositories,
  checked: readonly CheckedInput[],
  at: string,
): Promise<void> {
  const regimesByUnit = new Map<string, ReportingRegime[]>();
  for (const regime of await trx.regimes.list()) {
    for (const unit of regime.reportingUnits)
      regimesByUnit.set(unit, [...(regimesByUnit.get(unit) ?? []), regime]);
  }
  const concerned = checked.filter(
    (c) => MONTH_ID.test(c.key.period) && regimesByUnit.has(c.key.unitCode),
  );
  if (concerned.length === 0) return;
  // Held until this write commits: a form cannot be sent between this check and the commit.
  await trx.formLocks.hold(
    concerned.map((c) => c.key),
    "shared",
  );
  const submissions = new Map<string, SubmissionRecord>();
  for (const s of await trx.submissions.list({
    unitCodes: [...new Set(concerned.map((c) => c.key.unitCode))],
    periods: [...new Set(concerned.map((c) => c.key.period))],
  }))
    submissions.set(`${s.unitCode}|${s.regimeCode}|${s.period}`, s);
  const today = vietnamDate(at);
  for (const item of concerned) {
    const { unitCode, period, indicatorCode } = item.key;
    for (const regime of regimesByUnit.get(unitCode) ?? []) {
      // A quarterly form holds the values of the quarter's last month only, where it is filed.
      if (!regime.indicators.includes(indicatorCode) || !isFiledIn(regime, parsePeriod(period)))
        continue;
      const submission = submissions.get(`${unitCode}|${regime.code}|${period}`);
      if (submission && isLockedState(submission.state))
        throw lockedBySubmission(item, regime, submission);
      const lock = lockDate(regime, period);
      if (lock !== null && today > lock && dateLockHolds(submission))
        throw lockedByDate(item, regime, lock);
    }
  }
}

function lockedBySubmission(
  item: CheckedInput,
  regime: ReportingRegime,
  submission: SubmissionRecord,
): BaocaoError {
  const { unitCode, period } = item.key;
  return new BaocaoError(
    "value.locked",
    `Số liệu “${item.indicator.nameVi}” của ${unitCode} ${monthVi(period)} không sửa được: báo cáo "${regime.nameVi}" ${SUBMISSION_STATE_LABELS_VI[submission.state]}. Muốn sửa, hãy đề nghị người duyệt trả lại báo cáo.`,
    {
      index: item.index,
      ...item.key,
      regime: regime.code,
      state: submission.state,
      reason: "submission",
    },
  );
}

function lockedByDate(item: CheckedInput, regime: ReportingRegime, lock: string): BaocaoError {
  const { unitCode, period } = item.key;
  return new BaocaoError(
    "value.locked",
    `Số liệu “${item.indicator.nameVi}” của ${unitCode} ${monthVi(period)} không sửa được: báo cáo "${regime.nameVi}" đã khóa sổ sau ngày ${formatDateVi(lock)}. Muốn sửa, hãy đề nghị quản trị mở lại báo cáo.`,
    { index: item.index, ...item.key, regime: regime.code, lockDate: lock, reason: "date" },
  );
}

/** "tháng 8/2023" for `2023-08`. */
function monthVi(period: string): string {
  const [year, month] = period.split("-");
  return `tháng ${Number(month)}/${year}`;
}
