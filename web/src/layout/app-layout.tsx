import { Layout, Space, Spin, Typography } from "antd";
import { Suspense, useState } from "react";
import { Outlet } from "react-router";
import { useI18n } from "../i18n/index.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { MonthPicker } from "./month-picker.tsx";
import { SideMenu } from "./side-menu.tsx";
import { UnitPicker } from "./unit-picker.tsx";
import { useUnitPeriodInUrl } from "./use-unit-period.ts";
import { UserMenu } from "./user-menu.tsx";

/** Header (app name, unit and month pickers, user, language), side menu and the page. */
export function AppLayout() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  useUnitPeriodInUrl();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 16,
          paddingInline: 16,
          position: "sticky",
          top: 0,
          zIndex: 10,
        }}
      >
        <Typography.Text strong style={{ color: "#fff", fontSize: 17, whiteSpace: "nowrap" }}>
          {t("app.name")}
        </Typography.Text>
        <Space size="small" style={{ flex: 1, justifyContent: "center" }} wrap>
          <UnitPicker />
          <MonthPicker />
        </Space>
        <Space size="middle">
          <LanguageSwitch />
          <UserMenu />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          theme="light"
          width={220}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          style={{ position: "sticky", top: 56, height: "calc(100vh - 56px)", overflow: "auto" }}
        >
          <SideMenu />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
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
