import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { errorMessage } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";
import { useSession } from "../../session/session.tsx";

interface PasswordFields {
  current: string;
  next: string;
  confirm: string;
}

const MIN_LENGTH = 8;

/**
 * Current password, new password twice. One form for the forced change after a one-time password
 * and for the change a user chooses from "Tài khoản của tôi" (`oneTime` says which the current
 * password is). The server checks the rules again; this only spares a round trip.
 */
export function PasswordForm({ oneTime, onChanged }: { oneTime: boolean; onChanged?: () => void }) {
  const { t } = useI18n();
  const { changePassword } = useSession();
  const [form] = Form.useForm<PasswordFields>();
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (fields: PasswordFields) => {
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(fields.current, fields.next);
      form.resetFields();
      onChanged?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const currentLabel = oneTime ? t("password.current") : t("password.currentOwn");
  return (
    <Form<PasswordFields> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="current"
        label={currentLabel}
        rules={[{ required: true, message: currentLabel }]}
      >
        <Input.Password data-testid="password-current" autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="next"
        label={t("password.new")}
        rules={[{ required: true, min: MIN_LENGTH, message: t("password.short") }]}
      >
        <Input.Password data-testid="password-new" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t("password.confirm")}
        dependencies={["next"]}
        rules={[
          { required: true, message: t("password.confirm") },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value === getFieldValue("next")
                ? Promise.resolve()
                : Promise.reject(new Error(t("password.mismatch"))),
          }),
        ]}
      >
        <Input.Password data-testid="password-confirm" autoComplete="new-password" />
      </Form.Item>
      {error && (
        <Alert
          data-testid="password-error"
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button
        data-testid="password-submit"
        type="primary"
        htmlType="submit"
        block={oneTime}
        loading={busy}
      >
        {t("password.submit")}
      </Button>
    </Form>
  );
}
