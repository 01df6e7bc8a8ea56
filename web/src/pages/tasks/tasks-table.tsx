import { Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { TaskView } from "../../api/contract.ts";
import { useSectorName } from "../../api/use-sector-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { rowAction } from "../../components/row-action.ts";
import { fmtDate } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { TaskStatusTag } from "./task-status-tag.tsx";

const uniq = (values: string[]) =>
  [...new Set(values)].sort().map((value) => ({ text: value, value }));

/** The tasks; a click opens the detail drawer. */
export function TasksTable({
  tasks,
  onOpen,
}: {
  tasks: readonly TaskView[];
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const sectorName = useSectorName();
  const unitName = useUnitName();
  const columns: ColumnsType<TaskView> = [
    {
      title: t("tasks.text"),
      key: "text",
      render: (_, task) => (
        <div>
          {task.textVi}
          {task.carriedOver && (
            <Tag style={{ marginLeft: 6 }} color="purple">
              {t("tasks.carriedOver")}
            </Tag>
          )}
        </div>
      ),
    },
    {
      title: t("tasks.sector"),
      dataIndex: "sector",
      width: 150,
      responsive: ["md"],
      render: (sector: string) => sectorName(sector),
      filters: uniq(tasks.map((task) => task.sector)).map((f) => ({
        ...f,
        text: sectorName(f.value),
      })),
      onFilter: (value, task) => task.sector === value,
    },
    {
      title: t("tasks.lead"),
      dataIndex: "leadUnit",
      width: 200,
      render: (lead: string) => unitName(lead),
      filters: uniq(tasks.map((task) => task.leadUnit)).map((f) => ({
        ...f,
        text: unitName(f.value),
      })),
      onFilter: (value, task) => task.leadUnit === value,
      responsive: ["lg"],
    },
    {
      title: t("tasks.due"),
      key: "due",
      width: 110,
      responsive: ["sm"],
      sorter: (a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999"),
      render: (_, task) => fmtDate(task.due),
    },
    {
      title: t("tasks.status"),
      key: "status",
      width: 130,
      render: (_, task) => (
        <span data-testid={`task-status-${task.id}`}>
          <TaskStatusTag status={task.status} />
          {task.late && task.status === "done" && <Tag color="red">{t("tasks.late")}</Tag>}
        </span>
      ),
    },
  ];
  return (
    <Table<TaskView>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...tasks]}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t("tasks.empty") }}
      rowClassName="dash-row"
      // Tab to a task, Enter or Space opens it.
      onRow={(task) => rowAction(() => onOpen(task.id), `task-${task.id}`)}
    />
  );
}
