import { Alert, Button, type ButtonProps, Drawer, Form, Space } from "antd";
import { type ReactNode, useId } from "react";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useOpening } from "../../hooks/use-opening.ts";
import { useI18n } from "../../i18n/index.ts";

/** What the drawer needs of the save in flight (a react-query mutation fits). */
export interface DrawerSaving {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * The drawer every catalogue editor opens in: a vertical form (fields stack at phone width),
 * "Lưu" and "Hủy" at the foot, and the server's refusal said inside it, beside the fields to fix.
 * At most the screen's width, so a phone shows it whole.
 *
 * Each opening gets a new form (its own store, keyed by the opening): nothing typed in an earlier
 * opening comes back, and no reset runs after the drawer shows, which could wipe a value chosen
 * in that instant. Fields read the form from context (`Form.useWatch(name)`,
 * `Form.useFormInstance()`).
 */
export function EditorDrawer<T extends object>({
  title,
  open,
  initialValues,
  saving,
  testId,
  onFinish,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  initialValues: Partial<T> | undefined;
  saving: DrawerSaving;
  testId: string;
  onFinish: (values: T) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const formId = useId();
  const opening = useOpening(open);
  const close = () => {
    saving.reset();
    onClose();
  };
  // A conflict has its own dialog ("Tải lại"); any other refusal stays here until the next save.
  const refusal = saving.error && !isConflict(saving.error) ? errorMessage(saving.error) : null;
  return (
    <Drawer
      open={open}
      title={title}
      onClose={close}
      width="min(560px, 100vw)"
      destroyOnHidden
      data-testid={testId}
      footer={
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            form={formId}
            loading={saving.isPending}
            {...({ "data-testid": `${testId}-save` } as ButtonProps)}
          >
            {t("catalogue.save")}
          </Button>
          <Button onClick={close}>{t("catalogue.cancel")}</Button>
        </Space>
      }
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={refusal}
          style={{ marginBottom: 16 }}
          data-testid={`${testId}-refusal`}
        />
      )}
      <Form<T>
        key={opening}
        id={formId}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        // A field hidden by another's choice (the weight of a non-weighted sum) is not sent.
        preserve={false}
      >
        {children}
      </Form>
    </Drawer>
  );
}
