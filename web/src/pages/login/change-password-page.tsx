import { Button, Card, Typography } from "antd";
import { useDocumentTitle } from "../../components/page-title.tsx";
import { useI18n } from "../../i18n/index.ts";
import { LanguageSwitch } from "../../layout/language-switch.tsx";
import { useSession } from "../../session/session.tsx";
import { PasswordForm } from "./password-form.tsx";

/** After signing in with a one-time password: the user chooses their own before anything else. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const { logout } = useSession();
  useDocumentTitle(t("password.title"));

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
        <PasswordForm oneTime />
        <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
          {t("password.logout")}
        </Button>
      </Card>
    </main>
  );
}
