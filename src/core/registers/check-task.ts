import type { ErrorCode } from "../error-codes.ts";
import { formatPeriodId, nextPeriod, parsePeriod } from "../periods/index.ts";
import { type FieldFail, failAt, type RowRules } from "./check-rows.ts";
import * as f from "./fields.ts";
import type { TaskInput, TaskProgressInput } from "./inputs.ts";
import { TASK_STATUSES, type Task, type TaskProgress, type TaskStatus } from "./types.ts";

/** A stored status; `overdue` is refused with the reason, since it follows from the due date. */
export function taskStatus(value: unknown, fail: (code: ErrorCode, message: string) => void) {
  if (value === "overdue") {
    fail(
      "register.computed_status",
      'Trạng thái "overdue" (quá hạn) được tính từ hạn hoàn thành, không nhập; hãy ghi new, in_progress, done hoặc cancelled.',
    );
    return undefined;
  }
  return f.oneOf(value, TASK_STATUSES, "Trạng thái nhiệm vụ", fail);
}

function position(value: unknown, what: string, fail: f.Fail) {
  return f.optional(value, (v) => {
    const n = f.count(v, what, fail);
    return n === undefined ? undefined : n;
  });
}

/**
 * How task rows are checked. A task set by a report's part II is due by the end of the month
 * after the report's month unless the row says otherwise.
 */
export const taskRules: RowRules<TaskInput, Task> = {
  keyField: "id",
  describe: (key) => `Mã nhiệm vụ "${key}"`,
  key: (input, fail) => f.taskId(input.id, failAt(fail, "id")),
  record: (input, fail) => {
    const textVi = f.requiredText(input.textVi, "nội dung nhiệm vụ", failAt(fail, "textVi"));
    const sector = f.sector(input.sector, failAt(fail, "sector"));
    const reportPeriod = f.optional(input.reportPeriod, (v) =>
      f.month(v, "Kỳ báo cáo giao nhiệm vụ", failAt(fail, "reportPeriod")),
    );
    const paragraph = position(input.paragraph, "Số đoạn", failAt(fail, "paragraph"));
    const sentence = position(input.sentence, "Số câu", failAt(fail, "sentence"));
    const leadUnit = f.requiredText(input.leadUnit, "đơn vị chủ trì", failAt(fail, "leadUnit"));
    const partnerUnits = f.unitList(input.partnerUnits, failAt(fail, "partnerUnits"));
    const dueDate = f.optional(input.dueDate, (v) =>
      f.date(v, "Hạn hoàn thành", failAt(fail, "dueDate")),
    );
    const givenDuePeriod = f.optional(input.duePeriod, (v) =>
      f.month(v, "Tháng hạn hoàn thành", failAt(fail, "duePeriod")),
    );
    const status = taskStatus(input.status ?? "new", failAt(fail, "status"));
    if (
      textVi === undefined ||
      sector === undefined ||
      reportPeriod === undefined ||
      paragraph === undefined ||
      sentence === undefined ||
      leadUnit === undefined ||
      partnerUnits === undefined ||
      dueDate === undefined ||
      givenDuePeriod === undefined ||
      status === undefined
    )
      return undefined;
    const duePeriod =
      givenDuePeriod ??
      (dueDate
        ? null
        : reportPeriod
          ? formatPeriodId(nextPeriod(parsePeriod(reportPeriod)))
          : null);
    return {
      id: input.id,
      textVi,
      sector,
      reportPeriod,
      section: input.section ? input.section : reportPeriod ? "II" : "",
      paragraph,
      sentence,
      source: f.optionalText(input.source),
      leadUnit,
      partnerUnits,
      duePeriod,
      dueDate,
      status,
      note: f.optionalText(input.note),
    };
  },
};

/** A checked progress note, before the register gives it its place among the task's notes. */
export type ProgressDraft = Omit<TaskProgress, "seq">;

/** Checks progress notes; they are only ever added, so there is no key and no version. */
export function checkProgress(
  input: TaskProgressInput,
  fail: FieldFail,
): ProgressDraft | undefined {
  const taskId = f.taskId(input.taskId, failAt(fail, "taskId"));
  const date = f.date(input.date, "Ngày ghi nhận", failAt(fail, "date"));
  const status: TaskStatus | null | undefined = f.optional(input.status, (v) =>
    taskStatus(v, failAt(fail, "status")),
  );
  if (taskId === undefined || date === undefined || status === undefined) return undefined;
  const note = f.optionalText(input.note);
  if (status === null && note.trim() === "") {
    fail("note", "register.missing", "Ghi nhận tiến độ cần trạng thái mới hoặc nội dung ghi chú.");
    return undefined;
  }
  return { taskId, date, status, note, by: f.optionalText(input.by) };
}
