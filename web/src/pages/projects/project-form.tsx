import { DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { call } from "../../api/client.ts";
import { api, type ProjectView } from "../../api/contract.ts";
import { useUnits } from "../../api/shared-queries.ts";
import { endOfMonth } from "../../format/dates.ts";
import { codeName, nameIn, useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { RowFormModal } from "./row-form-modal.tsx";
import { useSaveRow } from "./use-save-row.ts";

const LEVELS = ["tinh_quan_ly", "huyen_quan_ly", "xa_quan_ly"];
const STATUSES = ["preparing", "in_progress", "completed", "suspended"];

interface Fields {
  code: string;
  nameVi: string;
  managingLevel?: string;
  programme?: string;
  ownerUnit?: string | null;
  ownerName?: string;
  reportingUnit?: string;
  locationUnits: string[];
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  status: string;
  note?: string;
}

interface Props {
  /** The project to edit; none to add one. */
  readonly project?: ProjectView;
  readonly onClose: () => void;
  readonly onSaved: (code: string) => void;
}

const day = (d: string | null) => (d ? dayjs(d) : null);

/** Adds or edits a project's facts; the server checks them (`check-project.ts`) and the version. */
export function ProjectForm({ project, onClose, onSaved }: Props) {
  const { t, lang } = useI18n();
  const { unit, period } = useUnitPeriod();
  const units = useUnits(endOfMonth(period));
  const unitOptions = (units.data?.units ?? []).map((u) => ({
    value: u.code,
    label: nameIn(lang, u),
  }));
  // A new project's code is the one typed; an edited one's is fixed.
  const codeOf = (fields: Fields) => fields.code?.trim() ?? project?.code ?? "";
  const save = useSaveRow(
    codeOf,
    (fields: Fields) =>
      call(api.registers.saveProject, {
        params: { code: codeOf(fields) },
        body: {
          nameVi: fields.nameVi?.trim() ?? "",
          managingLevel: fields.managingLevel ?? "",
          programme: fields.programme?.trim() ?? "",
          ownerUnit: fields.ownerUnit ?? null,
          ownerName: fields.ownerName?.trim() ?? "",
          reportingUnit: fields.reportingUnit ?? "",
          locationUnits: fields.locationUnits ?? [],
          startDate: fields.startDate ? fields.startDate.format("YYYY-MM-DD") : null,
          endDate: fields.endDate ? fields.endDate.format("YYYY-MM-DD") : null,
          status: fields.status,
          note: fields.note?.trim() ?? "",
          expectedVersion: project?.version ?? 0,
        },
      }),
    (fields) => onSaved(codeOf(fields)),
  );
  const initial: Fields = project
    ? {
        ...project,
        locationUnits: [...project.locationUnits],
        startDate: day(project.startDate),
        endDate: day(project.endDate),
      }
    : { code: "", nameVi: "", locationUnits: [], reportingUnit: unit, status: "in_progress" };
  return (
    <RowFormModal<Fields>
      title={project ? t("projects.editProject") : t("projects.addProject")}
      initialValues={initial}
      saving={save}
      testId="project-form"
      onClose={onClose}
    >
      <Form.Item name="code" label={t("projects.code")}>
        <Input data-testid="project-form-code" disabled={project !== undefined} />
      </Form.Item>
      <Form.Item name="nameVi" label={t("projects.name")}>
        <Input.TextArea data-testid="project-form-name" rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="managingLevel" label={t("projects.level")}>
        <Select
          data-testid="project-form-level"
          options={LEVELS.map((l) => ({ value: l, label: codeName(l, lang) }))}
        />
      </Form.Item>
      <Form.Item name="programme" label={t("projects.programme")}>
        <Input />
      </Form.Item>
      <Form.Item name="ownerUnit" label={t("projects.ownerUnit")}>
        <Select allowClear showSearch={{ optionFilterProp: "label" }} options={unitOptions} />
      </Form.Item>
      <Form.Item name="ownerName" label={t("projects.ownerName")}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="reportingUnit" label={t("projects.reportingUnit")}>
        <Select showSearch={{ optionFilterProp: "label" }} options={unitOptions} />
      </Form.Item>
      <Form.Item name="locationUnits" label={t("projects.location")}>
        <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} options={unitOptions} />
      </Form.Item>
      <Form.Item name="startDate" label={t("projects.start")}>
        <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="endDate" label={t("projects.end")}>
        <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="status" label={t("projects.status")}>
        <Select options={STATUSES.map((s) => ({ value: s, label: codeName(s, lang) }))} />
      </Form.Item>
      <Form.Item name="note" label={t("projects.note")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </RowFormModal>
  );
}
