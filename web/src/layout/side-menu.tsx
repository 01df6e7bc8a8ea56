import {
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
  { path: "/users", label: "menu.users", icon: <TeamOutlined />, admin: true },
];

/** The main menu; links keep the unit and month of the URL. */
export function SideMenu() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const search = useUnitPeriodSearch();
  const { user } = useSession();
  // Accounts are for administrators (the server checks user.manage on each account's units).
  const items = ITEMS.filter((item) => !item.admin || hasRole(user, "admin"));
  const selected =
    items.filter((item) => item.path !== "/" && location.pathname.startsWith(item.path))[0]?.path ??
    "/";
  return (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
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
