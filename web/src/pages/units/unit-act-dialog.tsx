import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Form, Input, Modal } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { ApiError, api, type UnitsPreview } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { type MessageKey, nameIn, useI18n } from "../../i18n/index.ts";
import { ActFields } from "./act-fields.tsx";
import { ActPreview } from "./act-preview.tsx";
import { type ActForm, type ActName, actRequest, type VersionedUnit } from "./unit-acts.ts";

/** The form's first values for an act on the unit picked. */
function initialValues(act: ActName, picked: VersionedUnit): ActForm {
  switch (act) {
    case "add":
      return { kind: "commune" };
    case "rename":
      return { nameVi: picked.nameVi, nameEn: picked.nameEn };
    case "merge":
      return { sources: [picked.code], targetMode: "existing", target: picked.code };
    case "split":
      return {
        targets: [
          { mode: "existing", unit: picked.code, weight: 0.5 },
          { mode: "new", weight: 0.5 },
        ],
      };
    default:
      return {};
  }
}

/** Fields of the form a refusal may name (`details.field`); others are shown above the form. */
const FORM_FIELDS = ["date", "code", "nameVi", "parent", "sources", "target"] as const;
type FormField = (typeof FORM_FIELDS)[number];
const isFormField = (field: unknown): field is FormField =>
  FORM_FIELDS.includes(field as FormField);

/**
 * One administrative act on a unit: its fields with the effective date, legal basis and reason;
 * "Xem trước" asks the server for a dry run and shows how the tree and earlier figures change;
 * "Lưu" makes the change. A refusal is shown under the field it names; a change made by someone
 * else meanwhile (409) offers to reload the units.
 */
export function UnitActDialog({
  act,
  picked,
  units,
  onClose,
}: {
  act: ActName;
  picked: VersionedUnit;
  units: readonly VersionedUnit[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ActForm>();
  const [preview, setPreview] = useState<UnitsPreview>();
  const [failure, setFailure] = useState<unknown>();
  const actLabel = t(`unitAdmin.act.${act}` as MessageKey);
  const pickedName = nameIn(lang, picked);

  const send = (dryRun: boolean) =>
    call(api.unitsAdmin.change, {
      body: { dryRun, change: actRequest(act, picked, form.getFieldsValue(true), units) },
    });
  const failed = (error: unknown) => {
    setFailure(error);
    const field = error instanceof ApiError ? error.details.field : undefined;
    if (isFormField(field)) {
      setPreview(undefined);
      form.setFields([{ name: field, errors: [errorMessage(error)] }]);
    }
  };
  const previewing = useMutation({
    mutationFn: () => send(true),
    onMutate: () => setFailure(undefined),
    onSuccess: (r) => setPreview(r.preview),
    onError: failed,
  });
  const saving = useMutation({
    mutationFn: () => send(false),
    onMutate: () => setFailure(undefined),
    onSuccess: () => {
      message.success(t("unitAdmin.saved", { act: actLabel, unit: pickedName }));
      void queryClient.invalidateQueries({ queryKey: ["units"] });
      void queryClient.invalidateQueries({ queryKey: ["unit-history"] });
      void queryClient.invalidateQueries({ queryKey: ["unit-audit"] });
      onClose();
    },
    onError: failed,
  });
  const reload = () => {
    setFailure(undefined);
    setPreview(undefined);
    void queryClient.invalidateQueries({ queryKey: ["units"] });
  };

  const footer = preview ? (
    <>
      <Button onClick={() => setPreview(undefined)}>{t("unitAdmin.edit")}</Button>
      <Button
        type="primary"
        data-testid="act-save"
        loading={saving.isPending}
        onClick={() => saving.mutate()}
      >
        {t("unitAdmin.save")}
      </Button>
    </>
  ) : (
    <>
      <Button onClick={onClose}>{t("app.cancel")}</Button>
      <Button
        type="primary"
        data-testid="act-preview"
        loading={previewing.isPending}
        onClick={() =>
          void form.validateFields().then(
            () => previewing.mutate(),
            () => {},
          )
        }
      >
        {t("unitAdmin.preview")}
      </Button>
    </>
  );

  return (
    <Modal
      open
      title={`${actLabel} — ${pickedName}`}
      onCancel={onClose}
      footer={footer}
      width={760}
      destroyOnHidden
      data-testid="unit-act-dialog"
    >
      <Form<ActForm>
        form={form}
        layout="vertical"
        initialValues={initialValues(act, picked)}
        onValuesChange={() => setPreview(undefined)}
        style={preview ? { display: "none" } : undefined}
      >
        <Form.Item
          name="date"
          label={t("unitAdmin.date")}
          extra={t("unitAdmin.dateHelp")}
          rules={[
            { required: true, message: t("unitAdmin.required", { field: t("unitAdmin.date") }) },
          ]}
        >
          <DatePicker data-testid="act-date" format="DD/MM/YYYY" style={{ width: "100%" }} />
        </Form.Item>
        <ActFields act={act} picked={picked} units={units} />
        <Form.Item name="basis" label={t("unitAdmin.basis")}>
          <Input data-testid="act-basis" placeholder={t("unitAdmin.basisPlaceholder")} />
        </Form.Item>
        <Form.Item name="comment" label={t("unitAdmin.comment")}>
          <Input.TextArea data-testid="act-comment" autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
      {preview && <ActPreview preview={preview} remaps={act !== "add" && act !== "rename"} />}
      {/* Right above the buttons: on a phone the top of a long form is off-screen. */}
      {failure !== undefined && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="act-error"
          style={{ marginTop: 12 }}
          message={isConflict(failure) ? t("unitAdmin.conflict") : errorMessage(failure)}
          action={
            isConflict(failure) ? (
              <Button size="small" onClick={reload}>
                {t("unitAdmin.reload")}
              </Button>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}
