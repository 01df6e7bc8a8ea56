import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Popconfirm } from "antd";
import { call } from "../../api/client.ts";
import { api, type TaskView } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { ConflictAlert } from "../../components/conflict-alert.tsx";
import { useI18n } from "../../i18n/index.ts";

/**
 * "Xóa nhiệm vụ" in the task drawer, for a task given by mistake: asks first, names the version
 * read (a task changed meanwhile is refused, said with "Tải lại"), and closes the drawer once gone.
 */
export function TaskRemove({
  task,
  reload,
  onRemoved,
}: {
  task: TaskView;
  reload: () => void;
  onRemoved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () =>
      call(api.registers.removeTask, {
        params: { id: task.id },
        body: { expectedVersion: task.version },
      }),
    onSuccess: () => {
      message.success(t("tasks.removed"));
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      onRemoved();
    },
  });
  const failed = mutation.error;
  return (
    <>
      {failed && isConflict(failed) && (
        <ConflictAlert
          testId="task-remove-conflict"
          title={t("tasks.editConflict")}
          message={errorMessage(failed)}
          onReload={() => {
            mutation.reset();
            reload();
          }}
        />
      )}
      {failed && !isConflict(failed) && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(failed)} />
      )}
      <Popconfirm
        title={t("tasks.removeConfirm")}
        okText={t("projects.remove")}
        okButtonProps={{ "data-testid": "remove-confirm" } as never}
        cancelText={t("app.cancel")}
        onConfirm={() => mutation.mutateAsync().catch(() => undefined)}
      >
        <Button data-testid="task-remove" loading={mutation.isPending}>
          {t("tasks.remove")}
        </Button>
      </Popconfirm>
    </>
  );
}
