import { Alert, Card, Col, Descriptions, Row } from "antd";
import { useState } from "react";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useSession } from "../../session/session.tsx";
import { PasswordForm } from "../login/password-form.tsx";

/** "Tài khoản của tôi": who I am, my roles, and changing my own password. */
export function AccountPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const unitName = useUnitName();
  const [changed, setChanged] = useState(false);
  if (!user) return null;
  return (
    <>
      <PageTitle title={t("account.title")} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t("account.who")}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t("account.displayName")}>
                {user.displayName}
              </Descriptions.Item>
              <Descriptions.Item label={t("account.username")}>{user.username}</Descriptions.Item>
              <Descriptions.Item label={t("header.roles")}>
                <ul className="plain-list" data-testid="account-roles">
                  {user.grants.map((g) => (
                    <li key={`${g.role}-${g.unit}`}>
                      {t(`role.${g.role}`)} — {unitName(g.unit)}
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t("password.submit")}>
            {changed && (
              <Alert
                data-testid="password-changed"
                type="success"
                showIcon
                title={t("password.changed")}
                style={{ marginBottom: 16 }}
              />
            )}
            <PasswordForm oneTime={false} onChanged={() => setChanged(true)} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
