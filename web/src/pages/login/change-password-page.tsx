import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { errorMessage } from "../../api/errors.ts";
import { useDocumentTitle } from "../../components/page-title.tsx";
import { useI18n } from "../../i18n/index.ts";
import { LanguageSwitch } from "../../layout/language-switch.tsx";
import { useSession } from "../../session/session.tsx";

interface PasswordFields {
  current: string;
  next: string;
  confirm: string;
}

const MIN_LENGTH = 8;

/** After signing in with a one-time password: the user chooses their own before anything else. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const { changePassword, logout } = useSession();
  useDocumentTitle(t("password.title"));
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (fields: PasswordFields) => {
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(fields.current, fields.next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: "100vh", display: "grid", placeItems: "center", padding: 12 }}>
      <Card style={{ width: "100%", maxWidth: 420 }}>
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 22 }}>
          {t("password.title")}
        </Typography.Title>
        <Typography.Paragraph>{t("password.intro")}</Typography.Paragraph>
        <Form<PasswordFields> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="current"
            label={t("password.current")}
            rules={[{ required: true, message: t("password.current") }]}
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
            block
            loading={busy}
          >
            {t("password.submit")}
          </Button>
          <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
            {t("password.logout")}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
