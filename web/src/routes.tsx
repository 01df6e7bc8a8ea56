import { Button, Result, Spin } from "antd";
import { lazy, Suspense } from "react";
import { Link, Navigate, Route, Routes, useLocation } from "react-router";
import { useI18n } from "./i18n/index.ts";
import { AppLayout } from "./layout/app-layout.tsx";
import { safeNext } from "./session/safe-next.ts";
import { useSession } from "./session/session.tsx";

// Every page loads when first opened: a reporter's entry screen carries neither the dashboard's
// tables and chart nor the sign-in form. The page of the address the app starts on is fetched
// at once, alongside the session check, instead of after it (one round trip less on a slow line).
const PAGES = {
  "/": () => import("./pages/dashboard/dashboard-page.tsx").then((m) => m.DashboardPage),
  "/login": () => import("./pages/login/login-page.tsx").then((m) => m.LoginPage),
  "/password": () =>
    import("./pages/login/change-password-page.tsx").then((m) => m.ChangePasswordPage),
  "/users": () => import("./pages/users/users-page.tsx").then((m) => m.UsersPage),
  "/catalogue": () => import("./pages/catalogue/catalogue-page.tsx").then((m) => m.CataloguePage),
  "/entry": () => import("./pages/entry/entry-page.tsx").then((m) => m.EntryPage),
  "/import": () => import("./pages/import/import-page.tsx").then((m) => m.ImportPage),
  "/projects/:code": () =>
    import("./pages/projects/project-detail-page.tsx").then((m) => m.ProjectDetailPage),
  "/projects": () => import("./pages/projects/projects-page.tsx").then((m) => m.ProjectsPage),
  "/report": () => import("./pages/report/report-page.tsx").then((m) => m.ReportPage),
  "/section": () => import("./pages/section/section-page.tsx").then((m) => m.SectionPage),
  "/site-clearance": () =>
    import("./pages/site-clearance/site-clearance-page.tsx").then((m) => m.SiteClearancePage),
  "/tasks": () => import("./pages/tasks/tasks-page.tsx").then((m) => m.TasksPage),
  "/units": () => import("./pages/units/units-page.tsx").then((m) => m.UnitsPage),
  "/todo": () => import("./pages/todo/todo-page.tsx").then((m) => m.TodoPage),
  "/account": () => import("./pages/account/account-page.tsx").then((m) => m.AccountPage),
  "/past-reports": () =>
    import("./pages/past-reports/past-reports-page.tsx").then((m) => m.PastReportsPage),
  "/targets": () => import("./pages/targets/targets-page.tsx").then((m) => m.TargetsPage),
} as const;

const loaded = new Map<string, ReturnType<(typeof PAGES)[keyof typeof PAGES]>>();
const load = (path: keyof typeof PAGES) => {
  let page = loaded.get(path);
  if (!page) {
    page = PAGES[path]();
    loaded.set(path, page);
  }
  return page;
};
const page = (path: keyof typeof PAGES) => lazy(() => load(path).then((c) => ({ default: c })));

const start = window.location.pathname;
if (start in PAGES) void load(start as keyof typeof PAGES);
else if (start.startsWith("/projects/")) void load("/projects/:code");

const DashboardPage = page("/");
const LoginPage = page("/login");
const ChangePasswordPage = page("/password");
const UsersPage = page("/users");
const AccountPage = page("/account");
const PastReportsPage = page("/past-reports");
const CataloguePage = page("/catalogue");
const EntryPage = page("/entry");
const ImportPage = page("/import");
const ProjectDetailPage = page("/projects/:code");
const ProjectsPage = page("/projects");
const ReportPage = page("/report");
const SectionPage = page("/section");
const SiteClearancePage = page("/site-clearance");
const TasksPage = page("/tasks");
const UnitsPage = page("/units");
const TodoPage = page("/todo");
const TargetsPage = page("/targets");

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

function FullPageSpin() {
  return (
    <div style={{ minHeight: "100vh", display: "grid", placeItems: "center" }}>
      <Spin size="large" />
    </div>
  );
}

/** Pages by path; everything but the sign-in page needs a session. */
export function AppRoutes() {
  const { status, user } = useSession();
  const location = useLocation();
  if (status === "loading") return <FullPageSpin />;
  if (status === "anonymous") {
    if (location.pathname !== "/login") {
      const back = encodeURIComponent(`${location.pathname}${location.search}`);
      return <Navigate to={`/login?next=${back}`} replace />;
    }
    return (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    );
  }
  // Signed in with a one-time password: nothing else until a new one is chosen (the server
  // refuses every other call meanwhile); the address is kept for afterwards.
  if (user?.mustChangePassword) {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ChangePasswordPage />
      </Suspense>
    );
  }
  if (location.pathname === "/login") {
    return <Navigate to={safeNext(new URLSearchParams(location.search).get("next"))} replace />;
  }
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="todo" element={<TodoPage />} />
        <Route path="entry" element={<EntryPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="past-reports" element={<PastReportsPage />} />
        <Route path="report" element={<ReportPage />} />
        <Route path="section" element={<SectionPage />} />
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="projects/:code" element={<ProjectDetailPage />} />
        <Route path="site-clearance" element={<SiteClearancePage />} />
        <Route path="tasks" element={<TasksPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="targets" element={<TargetsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
