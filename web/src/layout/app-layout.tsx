import { MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Grid, Layout, Spin } from "antd";
import { lazy, Suspense, useEffect, useState } from "react";
import { Outlet, useLocation } from "react-router";
import { useI18n } from "../i18n/index.ts";
import { useScreenDrawn } from "./first-screen.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { ReminderBell } from "./reminder-bell.tsx";
import { useUnitPeriodInUrl } from "./use-unit-period.ts";
import { UserMenu } from "./user-menu.tsx";

// Not needed to draw the first screen: the pickers are loaded once it is drawn (header-pickers.tsx,
// first-screen.ts); the menu is in a closed drawer on phones and tablets.
const HeaderPickers = lazy(() =>
  import("./header-pickers.tsx").then((m) => ({ default: m.HeaderPickers })),
);
const SideMenu = lazy(() => import("./side-menu.tsx").then((m) => ({ default: m.SideMenu })));

/** Two boxes where the pickers will be, so that nothing moves when they come. */
function PickersWaiting() {
  return (
    <>
      <span className="app-header__unit app-header__waiting" />
      <span className="app-header__month app-header__waiting" />
    </>
  );
}

/**
 * Header (app name, unit and month pickers, user, language), the menu and the page in <main>.
 * From 992 px the menu is a side column; below, a drawer behind the ☰ button, and on phones the
 * pickers take a line of their own.
 */
export function AppLayout() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const location = useLocation();
  const pickers = useScreenDrawn();
  useUnitPeriodInUrl();
  // A chosen screen closes the drawer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new address
  useEffect(() => setDrawer(false), [location.pathname]);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <header className="app-header">
        {!wide && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: "#fff", fontSize: 18 }} />}
            aria-label={t("header.menu")}
            data-testid="menu-open"
            onClick={() => setDrawer(true)}
          />
        )}
        <span className="app-header__name">{wide ? t("app.name") : t("app.short")}</span>
        <nav className="app-header__pickers" aria-label={t("header.unitPeriod")}>
          <Suspense fallback={<PickersWaiting />}>
            {pickers ? <HeaderPickers /> : <PickersWaiting />}
          </Suspense>
        </nav>
        <div className="app-header__user">
          <ReminderBell />
          <LanguageSwitch />
          <UserMenu compact={!wide} />
        </div>
      </header>
      <Layout>
        {wide ? (
          <Layout.Sider
            theme="light"
            width={220}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            style={{ position: "sticky", top: 56, height: "calc(100vh - 56px)", overflow: "auto" }}
          >
            <Suspense fallback={null}>
              <SideMenu />
            </Suspense>
          </Layout.Sider>
        ) : (
          <Drawer
            open={drawer}
            placement="left"
            size={260}
            title={t("app.short")}
            onClose={() => setDrawer(false)}
            styles={{ body: { padding: 0 } }}
          >
            <Suspense fallback={null}>
              <SideMenu />
            </Suspense>
          </Drawer>
        )}
        <Layout.Content className="app-content" role="main" id="main">
          <Suspense
            fallback={
              <div style={{ padding: 48, textAlign: "center" }}>
                <Spin size="large" />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
