import { Spin } from "antd";
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { AppLayout } from "./layout/app-layout.tsx";
import { loadPage, loadStartPage, type PagePath } from "./pages.ts";
import { safeNext } from "./session/safe-next.ts";
import { useSession } from "./session/session.tsx";

const page = (path: PagePath) => lazy(() => loadPage(path).then((c) => ({ default: c })));

loadStartPage(window.location.pathname);

const NotFound = lazy(() => import("./not-found.tsx").then((m) => ({ default: m.NotFound })));
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
