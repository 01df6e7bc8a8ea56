import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Grid, Segmented, Space, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { call } from "../../api/client.ts";
import { api, type TaskView } from "../../api/contract.ts";
import { useSectorName } from "../../api/use-sector-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { ExportButton } from "../../export/export-button.tsx";
import { endOfMonth, fmtDate, fmtMonth, nextMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { useSession } from "../../session/session.tsx";
import { canGiveTasks } from "./can-give-tasks.ts";
import { TaskDrawer } from "./task-drawer.tsx";
import { TaskForm } from "./task-form.tsx";
import { TASK_COLOR } from "./task-status-tag.tsx";
import { tasksSheet } from "./tasks-sheet.ts";
import { TasksTable } from "./tasks-table.tsx";

type Scope = "checklist" | "next" | "all";
type StatusFilter = TaskView["status"] | "any";
const STATUSES: TaskView["status"][] = ["new", "in_progress", "overdue", "done", "cancelled"];

const today = () => dayjs().format("YYYY-MM-DD");
const minDate = (a: string, b: string) => (a < b ? a : b);

/** Tasks: the month's checklist or every task, filtered by status, with counts as tags. */
export function TasksPage() {
  const { t } = useI18n();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const { period } = useUnitPeriod();
  const sectorName = useSectorName();
  const unitName = useUnitName();
  const [params, setParams] = useSearchParams();
  const [scope, setScope] = useState<Scope>("all");
  const month = scope === "next" ? nextMonth(period) : period;
  const [status, setStatus] = useState<StatusFilter>("any");
  const [giving, setGiving] = useState(false);
  const { user } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const open = params.get("task") ?? undefined;
  const setOpen = (id: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set("task", id);
      else next.delete("task");
      return next;
    });
  const query = useQuery({
    queryKey: ["tasks", scope, month],
    queryFn: () =>
      call(api.registers.tasks, {
        // A month's checklist as it stood at the end of that month (or today, if sooner).
        query: scope === "all" ? {} : { period: month, asOf: minDate(today(), endOfMonth(month)) },
      }),
  });
  const title = `${t("tasks.title")}${scope === "all" ? "" : ` — ${fmtMonth(month)}`}`;
  return (
    <>
      <PageTitle
        title={title}
        extra={
          <>
            {canGiveTasks(user) && (
              <Button type="primary" data-testid="task-create" onClick={() => setGiving(true)}>
                {t("tasks.create")}
              </Button>
            )}
            <Segmented<Scope>
              data-testid="tasks-scope"
              aria-label={t("tasks.title")}
              orientation={narrow ? "vertical" : "horizontal"}
              value={scope}
              onChange={setScope}
              options={[
                { value: "checklist", label: t("tasks.checklist", { month: fmtMonth(period) }) },
                {
                  value: "next",
                  label: t("tasks.nextMonth", { month: fmtMonth(nextMonth(period)) }),
                },
                { value: "all", label: t("tasks.allTasks") },
              ]}
            />
          </>
        }
      />
      <Card size="small">
        <QueryState query={query}>
          {(data) => {
            const counts = STATUSES.map((s) => ({
              status: s,
              count: data.counts[s] ?? data.tasks.filter((task) => task.status === s).length,
            }));
            const shown =
              status === "any" ? data.tasks : data.tasks.filter((task) => task.status === status);
            return (
              <>
                <Space wrap style={{ marginBottom: 12 }} data-testid="task-counts">
                  <Tag.CheckableTag checked={status === "any"} onChange={() => setStatus("any")}>
                    {t("app.all")} ({data.tasks.length})
                  </Tag.CheckableTag>
                  {counts.map(({ status: s, count }) => (
                    <Tag.CheckableTag
                      key={s}
                      checked={status === s}
                      onChange={() => setStatus(status === s ? "any" : s)}
                      data-testid={`task-count-${s}`}
                    >
                      <Tag color={TASK_COLOR[s]} style={{ marginInlineEnd: 0 }}>
                        {t(`taskStatus.${s}`)}: {count}
                      </Tag>
                    </Tag.CheckableTag>
                  ))}
                  <span className="muted">
                    {t("clearance.asOf")} {fmtDate(data.asOf)}
                  </span>
                  <ExportButton
                    name="tasks"
                    workbook={() => ({
                      fileName: `nhiem-vu${scope === "all" ? "" : `-${month}`}`,
                      sheets: [tasksSheet(title, shown, { t, sectorName, unitName })],
                    })}
                  />
                </Space>
                <TasksTable tasks={shown} onOpen={setOpen} />
              </>
            );
          }}
        </QueryState>
      </Card>
      <TaskDrawer id={open} onClose={() => setOpen(undefined)} />
      <TaskForm
        open={giving}
        onClose={() => setGiving(false)}
        onSaved={(task) => {
          setGiving(false);
          message.success(t("tasks.created", { id: task.id }));
          void queryClient.invalidateQueries({ queryKey: ["tasks"] });
          setOpen(task.id);
        }}
      />
    </>
  );
}
