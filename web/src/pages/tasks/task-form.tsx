import { useMutation } from "@tanstack/react-query";
import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api, type TaskView } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useCatalogue, useUnits } from "../../api/shared-queries.ts";
import { endOfMonth } from "../../format/dates.ts";
import { nameIn, useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { RowFormModal } from "../projects/row-form-modal.tsx";

interface Fields {
  textVi: string;
  sector?: string;
  leadUnit?: string;
  partnerUnits: string[];
  dueDate?: Dayjs | null;
  reportPeriod?: Dayjs | null;
  source?: string;
  note?: string;
}

interface Props {
  /** The task to edit; none to give a new one. */
  readonly task?: TaskView;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onSaved: (task: TaskView) => void;
  /** Reads the task again after a conflict. */
  readonly reload?: () => Promise<unknown>;
}

function initial(task: TaskView | undefined, period: string): Fields {
  if (!task) return { textVi: "", partnerUnits: [], reportPeriod: dayjs(`${period}-01`) };
  return {
    textVi: task.textVi,
    sector: task.sector,
    leadUnit: task.leadUnit,
    partnerUnits: [...task.partnerUnits],
    dueDate: task.due ? dayjs(task.due) : null,
    reportPeriod: task.reportPeriod ? dayjs(`${task.reportPeriod}-01`) : null,
    source: task.source,
    note: task.note,
  };
}

/**
 * Gives a task or edits one: text, sector, lead and partner units, due day, the report that set
 * it, source. The server checks every field (core rules) and the version the form was opened at.
 */
export function TaskForm({ task, open, onClose, onSaved, reload }: Props) {
  const { t, lang } = useI18n();
  const { period } = useUnitPeriod();
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  const units = useUnits(endOfMonth(period));
  const catalogue = useCatalogue();
  const unitOptions = (units.data?.units ?? []).map((u) => ({
    value: u.code,
    label: nameIn(lang, u),
  }));
  const save = useMutation({
    mutationFn: (fields: Fields) => {
      const body = {
        textVi: fields.textVi ?? "",
        sector: fields.sector ?? "",
        leadUnit: fields.leadUnit ?? "",
        partnerUnits: fields.partnerUnits ?? [],
        dueDate: fields.dueDate ? fields.dueDate.format("YYYY-MM-DD") : null,
        reportPeriod: fields.reportPeriod ? fields.reportPeriod.format("YYYY-MM") : null,
        source: fields.source?.trim() ?? "",
        note: fields.note?.trim() ?? "",
      };
      return task
        ? call(api.registers.editTask, {
            params: { id: task.id },
            body: { ...body, expectedVersion: task.version },
          })
        : call(api.registers.createTask, { body });
    },
    onSuccess: (saved) => {
      setConflict(undefined);
      setError(undefined);
      onSaved(saved);
    },
    onError: (e) => {
      if (isConflict(e)) setConflict(errorMessage(e));
      else setError(errorMessage(e));
    },
  });
  const reset = () => {
    setConflict(undefined);
    setError(undefined);
  };
  return (
    <RowFormModal<Fields>
      title={task ? t("tasks.editTitle") : t("tasks.createTitle")}
      open={open}
      initialValues={initial(task, period)}
      saving={{
        mutate: save.mutate,
        isPending: save.isPending,
        conflict,
        error,
        reset,
        reload: async () => {
          await reload?.();
          reset();
          onClose();
        },
      }}
      conflictTitle={t("tasks.editConflict")}
      testId="task-form"
      partsTestId="task-form"
      onClose={onClose}
    >
      <Form.Item name="textVi" label={t("tasks.text")}>
        <Input.TextArea data-testid="task-form-text" rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="sector" label={t("tasks.sector")}>
        <Select
          data-testid="task-form-sector"
          options={(catalogue.data?.sectors ?? []).map((s) => ({
            value: s.code,
            label: nameIn(lang, s),
          }))}
        />
      </Form.Item>
      <Form.Item name="leadUnit" label={t("tasks.lead")}>
        <Select
          data-testid="task-form-lead"
          showSearch={{ optionFilterProp: "label" }}
          options={unitOptions}
        />
      </Form.Item>
      <Form.Item name="partnerUnits" label={t("tasks.partners")}>
        <Select
          data-testid="task-form-partners"
          mode="multiple"
          showSearch={{ optionFilterProp: "label" }}
          options={unitOptions}
        />
      </Form.Item>
      <Form.Item name="dueDate" label={t("tasks.dueDate")}>
        <DatePicker data-testid="task-form-due" format="DD/MM/YYYY" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="reportPeriod" label={t("tasks.setByReport")}>
        <DatePicker picker="month" format="MM/YYYY" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="source" label={t("tasks.source")}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="note" label={t("projects.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </RowFormModal>
  );
}
