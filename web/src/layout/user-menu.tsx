import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography } from "antd";
import { useI18n } from "../i18n/index.ts";
import { useSession } from "../session/session.tsx";

/** The signed-in user's name (roles in the tooltip) and the sign-out button. */
export function UserMenu() {
  const { t } = useI18n();
  const { user, logout } = useSession();
  if (!user) return null;
  const roles = user.grants.map((g) => `${t(`role.${g.role}`)} — ${g.unit}`).join("; ");
  return (
    <Space size="small">
      <Tooltip title={`${t("header.roles")}: ${roles}`}>
        <Typography.Text data-testid="user-name" style={{ color: "#fff" }}>
          <UserOutlined /> {user.displayName}
        </Typography.Text>
      </Tooltip>
      <Button
        data-testid="logout"
        size="small"
        icon={<LogoutOutlined />}
        onClick={() => void logout()}
      >
        {t("header.logout")}
      </Button>
    </Space>
  );
}
