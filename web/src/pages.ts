// Every page loads when first opened: a reporter's entry screen carries neither the dashboard's
// tables and chart nor the sign-in form. The page of the address the app starts on is fetched
// by the page's first script (main.tsx), alongside the app's code and the session check,
// instead of after them (round trips less on a slow line). No React here: main.tsx stays small.
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

/** A page's path, as the routes name it. */
export type PagePath = keyof typeof PAGES;

type PageComponent = Awaited<ReturnType<(typeof PAGES)[PagePath]>>;

const loaded = new Map<PagePath, Promise<PageComponent>>();

/** The component of the page at `path`, fetched once. */
export function loadPage(path: PagePath): Promise<PageComponent> {
  let page = loaded.get(path);
  if (!page) {
    page = PAGES[path]();
    loaded.set(path, page);
  }
  return page;
}

/** Starts fetching the page the app opens on (`pathname` of the address), if it is one. */
export function loadStartPage(pathname: string): void {
  if (pathname in PAGES) void loadPage(pathname as PagePath);
  else if (pathname.startsWith("/projects/")) void loadPage("/projects/:code");
}
