import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Tooltip } from "antd";
import { Link } from "react-router";
import { useUnitName } from "../api/use-unit-name.ts";
import { useI18n } from "../i18n/index.ts";
import { useSession } from "../session/session.tsx";

/**
 * The signed-in user's name (roles in the tooltip), a link to "Tài khoản của tôi" where they change
 * their own password, and the sign-out button (an icon on phones).
 */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const { user, logout } = useSession();
  const unitName = useUnitName();
  if (!user) return null;
  const roles = user.grants.map((g) => `${t(`role.${g.role}`)} — ${unitName(g.unit)}`).join("; ");
  return (
    <>
      <Tooltip title={`${t("header.roles")}: ${roles}`}>
        <Link
          to="/account"
          data-testid="user-name"
          className="app-header__user-name"
          aria-label={`${user.displayName} — ${t("account.open")}`}
        >
          <UserOutlined /> {user.displayName}
        </Link>
      </Tooltip>
      <Button
        data-testid="logout"
        size="small"
        icon={<LogoutOutlined />}
        aria-label={t("header.logout")}
        onClick={() => void logout()}
      >
        {compact ? null : t("header.logout")}
      </Button>
    </>
  );
}
