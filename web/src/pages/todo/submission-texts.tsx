import { Tag } from "antd";
import type { SubmissionItem } from "../../api/contract.ts";
import type { Translate } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/index.ts";

/** Colours of the cycle's states. */
export const STATE_COLOR: Record<SubmissionItem["state"], string> = {
  not_started: "default",
  draft: "blue",
  submitted: "gold",
  approved: "green",
  returned: "red",
};

/** A form's state as a coloured tag. */
export function SubmissionStateTag({ state }: { state: SubmissionItem["state"] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOR[state]} data-testid={`submission-state-${state}`}>
      {t(`submissionState.${state}`)}
    </Tag>
  );
}

/** "Còn 3 ngày", "Quá hạn 2 ngày", "Gửi đúng hạn"… */
export function timelinessText(t: Translate, timeliness: SubmissionItem["timeliness"]): string {
  switch (timeliness.kind) {
    case "on_time":
      return t("timeliness.on_time");
    case "late":
      return t("timeliness.late", { days: timeliness.daysLate });
    case "pending":
      return timeliness.daysLeft === 0
        ? t("timeliness.dueToday")
        : t("timeliness.pending", { days: timeliness.daysLeft });
    case "overdue":
      return t("timeliness.overdue", { days: timeliness.daysLate });
  }
}

/** Overdue forms first, then by due date, unit and form. */
export function byUrgency(a: SubmissionItem, b: SubmissionItem): number {
  const late = (s: SubmissionItem) => (s.timeliness.kind === "overdue" ? 0 : 1);
  return (
    late(a) - late(b) ||
    a.dueDate.localeCompare(b.dueDate) ||
    a.unit.localeCompare(b.unit) ||
    a.regime.localeCompare(b.regime)
  );
}
