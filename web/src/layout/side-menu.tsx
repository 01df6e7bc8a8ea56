import {
  AimOutlined,
  ApartmentOutlined,
  BookOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Menu } from "antd";
import { useLocation, useNavigate } from "react-router";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { hasRole } from "../session/roles.ts";
import { useSession } from "../session/session.tsx";
import { useUnitPeriodSearch } from "./use-unit-period.ts";

const ITEMS: { path: string; label: MessageKey; icon: React.ReactNode; admin?: boolean }[] = [
  { path: "/", label: "menu.dashboard", icon: <DashboardOutlined /> },
  { path: "/todo", label: "menu.todo", icon: <ScheduleOutlined /> },
  { path: "/entry", label: "menu.entry", icon: <EditOutlined /> },
  { path: "/import", label: "menu.import", icon: <FileExcelOutlined /> },
  { path: "/past-reports", label: "menu.pastReports", icon: <FileSearchOutlined /> },
  { path: "/report", label: "menu.report", icon: <FileTextOutlined /> },
  { path: "/projects", label: "menu.projects", icon: <ProjectOutlined /> },
  { path: "/site-clearance", label: "menu.siteClearance", icon: <EnvironmentOutlined /> },
  { path: "/tasks", label: "menu.tasks", icon: <CheckSquareOutlined /> },
  { path: "/catalogue", label: "menu.catalogue", icon: <BookOutlined /> },
  { path: "/units", label: "menu.units", icon: <ApartmentOutlined /> },
  { path: "/targets", label: "menu.targets", icon: <AimOutlined /> },
  { path: "/users", label: "menu.users", icon: <TeamOutlined />, admin: true },
];

/** Screens without a menu item of their own, and the item they are reached from. */
const REACHED_FROM: Readonly<Record<string, string>> = { "/section": "/todo" };

/** The menu item of a path: its own, the one it is reached from, or none (the account page). */
function menuItemOf(pathname: string, paths: readonly string[]): string | undefined {
  if (pathname === "/") return "/";
  const own = paths.find((p) => p !== "/" && pathname.startsWith(p));
  return own ?? Object.entries(REACHED_FROM).find(([p]) => pathname.startsWith(p))?.[1];
}

/** The main menu; links keep the unit and month of the URL. */
export function SideMenu() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const search = useUnitPeriodSearch();
  const { user } = useSession();
  // Accounts are for administrators (the server checks user.manage on each account's units).
  const items = ITEMS.filter((item) => !item.admin || hasRole(user, "admin"));
  const selected = menuItemOf(
    location.pathname,
    items.map((item) => item.path),
  );
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={items.map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <span data-testid={`menu-${item.path === "/" ? "dashboard" : item.path.slice(1)}`}>
            {t(item.label)}
          </span>
        ),
      }))}
      onClick={({ key }) => navigate(`${key}${search}`)}
    />
  );
}
