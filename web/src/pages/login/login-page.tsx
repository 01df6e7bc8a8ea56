import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { useDocumentTitle } from "../../components/page-title.tsx";
import { useI18n } from "../../i18n/index.ts";
import { LanguageSwitch } from "../../layout/language-switch.tsx";
import { useSession } from "../../session/session.tsx";

interface LoginFields {
  username: string;
  password: string;
}

/** Sign-in: username and password; the server's message (wrong password, too many tries). */
export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  useDocumentTitle(t("login.title"));
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // The demo's accounts are shown only when the server runs the demo (`baocao demo`).
  const info = useQuery({
    queryKey: ["sign-in-info"],
    queryFn: () => call(api.auth.signInInfo),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const demo = info.data?.demo;

  const submit = async (fields: LoginFields) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(fields.username.trim(), fields.password);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: "100vh",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        padding: 12,
        background: "linear-gradient(180deg, #1d4e89 0, #1d4e89 240px, #f0f2f5 240px)",
      }}
    >
      <Card style={{ width: "100%", maxWidth: 380, boxShadow: "0 4px 16px rgba(0,0,0,.12)" }}>
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} style={{ marginTop: 0, color: "#1d4e89", fontSize: 24 }}>
          {t("app.name")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("login.subtitle")}</Typography.Paragraph>
        <Form<LoginFields> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t("login.username")}
            rules={[
              {
                required: true,
                message: t("login.required", { field: t("login.username").toLowerCase() }),
              },
            ]}
          >
            <Input
              data-testid="login-username"
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("login.password")}
            rules={[
              {
                required: true,
                message: t("login.required", { field: t("login.password").toLowerCase() }),
              },
            ]}
          >
            <Input.Password
              data-testid="login-password"
              prefix={<LockOutlined />}
              autoComplete="current-password"
            />
          </Form.Item>
          {error && (
            <Alert
              data-testid="login-error"
              type="error"
              showIcon
              title={error}
              style={{ marginBottom: 16 }}
            />
          )}
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={busy}>
            {t("login.submit")}
          </Button>
        </Form>
        {demo && (
          <Typography.Paragraph
            data-testid="login-demo"
            type="secondary"
            style={{ marginTop: 16, fontSize: 12 }}
          >
            {t("login.demo", { accounts: demo.usernames.join(", "), password: demo.password })}
          </Typography.Paragraph>
        )}
      </Card>
    </main>
  );
}
