import { Alert, Form, type FormInstance, Modal } from "antd";
import { type ReactNode, useRef } from "react";
import { ConflictAlert } from "../../components/conflict-alert.tsx";
import { useOpening } from "../../hooks/use-opening.ts";
import { useI18n } from "../../i18n/index.ts";

/** What the dialog needs of the save (`useSaveRow`'s answer, or the like). */
export interface RowSaving<T> {
  /** Sends the fields (the form checked them). */
  readonly mutate: (fields: T) => void;
  readonly isPending: boolean;
  /** The server's message on a conflict (409): shown with "Tải lại". */
  readonly conflict: string | undefined;
  /** The server's message on any other refusal: shown above the fields until the next save. */
  readonly error: string | undefined;
  /** Forgets both messages (the dialog closes). */
  readonly reset: () => void;
  /** "Tải lại" on a conflict: reads the row again. */
  readonly reload: () => void;
}

/**
 * The dialog every register row form opens in (project, capital plan, disbursement, site
 * clearance, task): a vertical form, "Lưu" (busy while saving) and "Hủy", a conflict said with
 * "Tải lại", and any other refusal of the server said inside the dialog, above the fields to fix.
 * Test ids: `testId` on the dialog; `${partsTestId}-submit`, `-conflict` and `-error` on its parts.
 *
 * Each opening gets a new form (its own store, keyed by the opening, `useOpening`): nothing typed
 * in an earlier opening comes back, and no reset runs after the dialog shows. A form mounted only
 * while open leaves `open` out. Fields read the form from context (`Form.useWatch(name)`,
 * `Form.useFormInstance()`).
 */
export function RowFormModal<T extends object>({
  title,
  open = true,
  initialValues,
  saving,
  conflictTitle,
  testId,
  partsTestId = "row-form",
  onClose,
  children,
}: {
  title: string;
  open?: boolean;
  initialValues: Partial<T>;
  saving: RowSaving<T>;
  /** The conflict's heading; a project's row by default. */
  conflictTitle?: string;
  testId: string;
  partsTestId?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const form = useRef<FormInstance<T>>(null);
  const opening = useOpening(open);
  const close = () => {
    saving.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      onCancel={close}
      destroyOnHidden
      title={title}
      okText={t("tasks.save")}
      cancelText={t("app.cancel")}
      okButtonProps={{ loading: saving.isPending, "data-testid": `${partsTestId}-submit` } as never}
      onOk={() => form.current?.submit()}
      data-testid={testId}
    >
      {saving.conflict && (
        <ConflictAlert
          testId={`${partsTestId}-conflict`}
          title={conflictTitle ?? t("projects.conflict")}
          message={saving.conflict}
          onReload={saving.reload}
        />
      )}
      {saving.error && (
        <Alert
          data-testid={`${partsTestId}-error`}
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={saving.error}
        />
      )}
      <Form<T>
        key={opening}
        ref={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={saving.mutate}
        // A field no longer shown is not sent (as the task form always did).
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
