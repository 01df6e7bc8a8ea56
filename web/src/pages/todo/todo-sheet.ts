import type { SubmissionItem } from "../../api/contract.ts";
import { type SheetSpec, sheetDay } from "../../export/sheet-spec.ts";
import { fmtDateTime } from "../../format/dates.ts";
import type { Translate } from "../../i18n/index.ts";
import { byUrgency, timelinessText } from "./submission-texts.tsx";

/** The month's forms in the order of the screen (overdue first), for "Tải Excel". */
export function todoSheet(
  title: string,
  submissions: readonly SubmissionItem[],
  t: Translate,
): SheetSpec<SubmissionItem> {
  return {
    name: t("todo.title"),
    title,
    rows: [...submissions].sort(byUrgency),
    columns: [
      { title: t("todo.unit"), value: (s) => s.unitName, width: 28 },
      { title: t("todo.form"), value: (s) => s.regimeName, width: 36 },
      { title: t("todo.state"), value: (s) => t(`submissionState.${s.state}`), width: 14 },
      { title: t("todo.due"), value: (s) => sheetDay(s.dueDate), width: 12 },
      { title: t("todo.timeliness"), value: (s) => timelinessText(t, s.timeliness), width: 18 },
      {
        title: t("todo.submittedAt"),
        value: (s) => (s.submittedAt ? fmtDateTime(s.submittedAt) : ""),
        width: 18,
      },
      { title: t("todo.expectedCount"), value: (s) => s.expected, width: 14 },
      { title: t("todo.missingCount"), value: (s) => s.missing.length, width: 14 },
      { title: t("todo.comment"), value: (s) => s.lastComment, width: 40 },
    ],
  };
}
