import { Tag } from "antd";
import type { TaskView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";

/** Colours of task statuses. */
export const TASK_COLOR: Record<TaskView["status"], string> = {
  new: "blue",
  in_progress: "gold",
  done: "green",
  cancelled: "default",
  overdue: "red",
};

/** A task's status (as of the day asked) as a coloured tag. */
export function TaskStatusTag({ status }: { status: TaskView["status"] }) {
  const { t } = useI18n();
  return <Tag color={TASK_COLOR[status]}>{t(`taskStatus.${status}`)}</Tag>;
}
