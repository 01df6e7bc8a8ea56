import { Button, type ButtonProps, Drawer, Form, type FormInstance, Space } from "antd";
import { type ReactNode, useEffect } from "react";
import { useI18n } from "../../i18n/index.ts";

/**
 * The drawer every catalogue editor opens in: a vertical form (fields stack at phone width),
 * "Lưu" and "Hủy" at the foot. At most the screen's width, so a phone shows it whole.
 */
export function EditorDrawer<T extends object>({
  title,
  open,
  form,
  initialValues,
  busy,
  testId,
  onFinish,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  form: FormInstance<T>;
  initialValues: Partial<T> | undefined;
  busy: boolean;
  testId: string;
  onFinish: (values: T) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  // The form instance outlives the drawer's content: a field typed in the last opening would
  // otherwise come back empty instead of taking this opening's starting value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the drawer opens, not on every render's new object
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue((initialValues ?? {}) as Parameters<typeof form.setFieldsValue>[0]);
    }
  }, [open, form]);
  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      width="min(560px, 100vw)"
      destroyOnHidden
      data-testid={testId}
      footer={
        <Space>
          <Button
            type="primary"
            loading={busy}
            onClick={() => form.submit()}
            {...({ "data-testid": `${testId}-save` } as ButtonProps)}
          >
            {t("catalogue.save")}
          </Button>
          <Button onClick={onClose}>{t("catalogue.cancel")}</Button>
        </Space>
      }
    >
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        preserve={false}
      >
        {children}
      </Form>
    </Drawer>
  );
}
