import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Descriptions, Divider, Drawer, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { useSectorName } from "../../api/use-sector-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { QueryState } from "../../components/query-state.tsx";
import { fmtDate, fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { hasRole } from "../../session/roles.ts";
import { useSession } from "../../session/session.tsx";
import { canGiveTasks } from "./can-give-tasks.ts";
import { TaskForm } from "./task-form.tsx";
import { TaskRemove } from "./task-remove.tsx";
import { TaskStatusTag } from "./task-status-tag.tsx";
import { TaskUpdateForm } from "./task-update-form.tsx";

/** One task: its facts, progress notes and (for those who may) the update form. */
export function TaskDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const sectorName = useSectorName();
  const unitName = useUnitName();
  const canEdit = hasRole(user, "admin", "office", "reporter", "approver");
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: ["task", id],
    queryFn: () => call(api.registers.task, { params: { id: id ?? "" } }),
    enabled: id !== undefined,
    staleTime: 0,
  });
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="min(620px, 100vw)"
      title={t("tasks.detail")}
      data-testid="task-drawer"
    >
      {id && (
        <QueryState query={query}>
          {(task) => (
            <>
              <Typography.Paragraph strong>{task.textVi}</Typography.Paragraph>
              {canGiveTasks(user) && (
                <>
                  <Button
                    data-testid="task-edit"
                    style={{ marginBottom: 12, marginInlineEnd: 8 }}
                    onClick={() => setEditing(true)}
                  >
                    {t("tasks.edit")}
                  </Button>
                  <TaskRemove
                    key={`remove-${task.version}`}
                    task={task}
                    reload={() => query.refetch()}
                    onRemoved={onClose}
                  />
                  <TaskForm
                    key={task.version}
                    task={task}
                    open={editing}
                    onClose={() => setEditing(false)}
                    reload={() => query.refetch()}
                    onSaved={(saved) => {
                      setEditing(false);
                      message.success(t("tasks.saved"));
                      queryClient.setQueryData(["task", id], saved);
                      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
                    }}
                  />
                </>
              )}
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t("tasks.status")}>
                  <span data-testid="task-status">
                    <TaskStatusTag status={task.status} />
                  </span>
                  {task.late && <Tag color="red">{t("tasks.late")}</Tag>}
                  {task.closedOn && t("tasks.closedOn", { date: fmtDate(task.closedOn) })}
                </Descriptions.Item>
                <Descriptions.Item label={t("tasks.sector")}>
                  {sectorName(task.sector)}
                </Descriptions.Item>
                <Descriptions.Item label={t("tasks.lead")}>
                  {unitName(task.leadUnit)}
                </Descriptions.Item>
                <Descriptions.Item label={t("tasks.partners")}>
                  {task.partnerUnits.map(unitName).join(", ") || "—"}
                </Descriptions.Item>
                <Descriptions.Item label={t("tasks.due")}>{fmtDate(task.due)}</Descriptions.Item>
                <Descriptions.Item label={t("tasks.source")}>
                  {[
                    task.source,
                    task.reportPeriod &&
                      t("tasks.fromReport", { month: fmtMonth(task.reportPeriod) }),
                  ]
                    .filter(Boolean)
                    .join(" · ") || "—"}
                </Descriptions.Item>
                {task.note && (
                  <Descriptions.Item label={t("projects.note")}>{task.note}</Descriptions.Item>
                )}
              </Descriptions>
              <Divider titlePlacement="start">{t("tasks.progress")}</Divider>
              {task.progress.length === 0 ? (
                <Typography.Text type="secondary">{t("app.none")}</Typography.Text>
              ) : (
                <Timeline
                  data-testid="task-progress"
                  items={task.progress.map((p) => ({
                    key: p.seq,
                    color: p.status === "done" ? "green" : "blue",
                    content: (
                      <div>
                        <Typography.Text type="secondary">
                          {fmtDate(p.date)} · {p.by}
                        </Typography.Text>{" "}
                        {p.status && <TaskStatusTag status={p.status} />}
                        <div>{p.note}</div>
                      </div>
                    ),
                  }))}
                />
              )}
              <Divider titlePlacement="start">{t("tasks.addNote")}</Divider>
              {canEdit ? (
                <TaskUpdateForm
                  task={task}
                  reload={() => query.refetch()}
                  onUpdated={(updated) => {
                    queryClient.setQueryData(["task", id], updated);
                    void queryClient.invalidateQueries({ queryKey: ["tasks"] });
                  }}
                />
              ) : (
                <Alert type="info" showIcon title={t("tasks.readOnly")} />
              )}
            </>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
