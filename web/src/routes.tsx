import { Button, Result, Spin } from "antd";
import { lazy } from "react";
import { Link, Navigate, Route, Routes, useLocation } from "react-router";
import { useI18n } from "./i18n/index.ts";
import { AppLayout } from "./layout/app-layout.tsx";
import { DashboardPage } from "./pages/dashboard/dashboard-page.tsx";
import { LoginPage } from "./pages/login/login-page.tsx";
import { useSession } from "./session/session.tsx";

// Pages other than the dashboard load when first opened.
const CataloguePage = lazy(() =>
  import("./pages/catalogue/catalogue-page.tsx").then((m) => ({ default: m.CataloguePage })),
);
const EntryPage = lazy(() =>
  import("./pages/entry/entry-page.tsx").then((m) => ({ default: m.EntryPage })),
);
const ImportPage = lazy(() =>
  import("./pages/import/import-page.tsx").then((m) => ({ default: m.ImportPage })),
);
const ProjectDetailPage = lazy(() =>
  import("./pages/projects/project-detail-page.tsx").then((m) => ({
    default: m.ProjectDetailPage,
  })),
);
const ProjectsPage = lazy(() =>
  import("./pages/projects/projects-page.tsx").then((m) => ({ default: m.ProjectsPage })),
);
const ReportPage = lazy(() =>
  import("./pages/report/report-page.tsx").then((m) => ({ default: m.ReportPage })),
);
const SiteClearancePage = lazy(() =>
  import("./pages/site-clearance/site-clearance-page.tsx").then((m) => ({
    default: m.SiteClearancePage,
  })),
);
const TasksPage = lazy(() =>
  import("./pages/tasks/tasks-page.tsx").then((m) => ({ default: m.TasksPage })),
);
const UnitsPage = lazy(() =>
  import("./pages/units/units-page.tsx").then((m) => ({ default: m.UnitsPage })),
);

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("app.notFound")}
      extra={
        <Link to="/">
          <Button type="primary">{t("app.backHome")}</Button>
        </Link>
      }
    />
  );
}

/** Pages by path; everything but the sign-in page needs a session. */
export function AppRoutes() {
  const { status } = useSession();
  const location = useLocation();
  if (status === "loading")
    return (
      <div style={{ minHeight: "100vh", display: "grid", placeItems: "center" }}>
        <Spin size="large" />
      </div>
    );
  if (status === "anonymous") {
    if (location.pathname !== "/login") {
      const back = encodeURIComponent(`${location.pathname}${location.search}`);
      return <Navigate to={`/login?next=${back}`} replace />;
    }
    return <LoginPage />;
  }
  if (location.pathname === "/login") {
    const next = new URLSearchParams(location.search).get("next");
    return <Navigate to={next?.startsWith("/") ? next : "/"} replace />;
  }
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="entry" element={<EntryPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="report" element={<ReportPage />} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="projects/:code" element={<ProjectDetailPage />} />
        <Route path="site-clearance" element={<SiteClearancePage />} />
        <Route path="tasks" element={<TasksPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
