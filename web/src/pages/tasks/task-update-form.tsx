import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api, type TaskView } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";

type StoredStatus = TaskView["storedStatus"];
const STATUSES: StoredStatus[] = ["new", "in_progress", "done", "cancelled"];

interface Fields {
  status: StoredStatus;
  note?: string;
  date?: Dayjs;
}

interface Props {
  readonly task: TaskView;
  readonly onUpdated: (task: TaskView) => void;
  readonly reload: () => Promise<unknown>;
}

/** Change a task's status and/or add a progress note, with the version the page showed. */
export function TaskUpdateForm({ task, onUpdated, reload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  const change = useMutation({
    mutationFn: (fields: Fields) =>
      call(api.registers.changeTask, {
        params: { id: task.id },
        body: {
          expectedVersion: task.version,
          ...(fields.status !== task.storedStatus ? { status: fields.status } : {}),
          ...(fields.note?.trim() ? { note: fields.note.trim() } : {}),
          ...(fields.date ? { date: fields.date.format("YYYY-MM-DD") } : {}),
        },
      }),
    onSuccess: (updated) => {
      setConflict(undefined);
      setError(undefined);
      form.setFieldsValue({ status: updated.storedStatus, note: "" });
      message.success(t("tasks.updated"));
      onUpdated(updated);
    },
    onError: async (e) => {
      if (isConflict(e)) {
        setConflict(errorMessage(e));
        await reload();
      } else setError(errorMessage(e));
    },
  });
  return (
    <Form<Fields>
      form={form}
      layout="vertical"
      initialValues={{ status: task.storedStatus, date: dayjs() }}
      onFinish={(fields) => change.mutate(fields)}
    >
      {conflict && (
        <Alert
          data-testid="task-conflict"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("tasks.conflict")}
          description={conflict}
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form.Item name="status" label={t("tasks.newStatus")}>
        <Select
          data-testid="task-status-select"
          options={STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t("tasks.noteText")}>
        <Input.TextArea data-testid="task-note" rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="date" label={t("tasks.noteDate")}>
        <DatePicker format="DD/MM/YYYY" allowClear={false} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="task-submit">
        {t("tasks.submit")}
      </Button>
    </Form>
  );
}
