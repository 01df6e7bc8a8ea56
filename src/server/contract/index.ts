/**
 * The HTTP API, described once with zod: the server registers these routes (and generates the
 * OpenAPI document from them); the typed client of the web app and the CLI calls them.
 * Nothing here depends on Node or Fastify, so the browser bundle can import it.
 */
import { authRoutes } from "./auth.ts";
import { catalogueRoutes } from "./catalogue.ts";
import { catalogueAdminRoutes } from "./catalogue-admin.ts";
import { dashboardRoutes } from "./dashboard.ts";
import { formRoutes } from "./forms.ts";
import { pastReportRoutes } from "./past-reports.ts";
import { registerRoutes } from "./registers.ts";
import { reminderRoutes } from "./reminders.ts";
import { reportRoutes } from "./reports.ts";
import { sectionRoutes } from "./sections.ts";
import { submissionRoutes } from "./submissions.ts";
import { targetRoutes } from "./targets.ts";
import { unitsAdminRoutes } from "./units-admin.ts";
import { userRoutes } from "./users.ts";
import { valueRoutes } from "./values.ts";

export {
  OFFERED_FORMATS,
  OUTPUT_FORMATS,
  type OutputFormat,
} from "../../report/output-formats.ts";
export * from "./auth.ts";
export * from "./catalogue.ts";
export * from "./catalogue-admin.ts";
export * from "./common.ts";
export * from "./dashboard.ts";
export * from "./define-route.ts";
export * from "./forms.ts";
export * from "./past-reports.ts";
export * from "./registers.ts";
export * from "./reminders.ts";
export * from "./reports.ts";
export * from "./sections.ts";
export * from "./submissions.ts";
export * from "./targets.ts";
export * from "./units-admin.ts";
export * from "./users.ts";
export * from "./values.ts";

/** Every route of the API by name: `api.dashboard`, `api.save`, `api.reports.get`… */
export const api = {
  auth: authRoutes,
  catalogue: catalogueRoutes,
  dashboard: dashboardRoutes,
  values: valueRoutes,
  reports: reportRoutes,
  registers: registerRoutes,
  forms: formRoutes,
  pastReports: pastReportRoutes,
  submissions: submissionRoutes,
  sections: sectionRoutes,
  reminders: reminderRoutes,
  users: userRoutes,
  unitsAdmin: unitsAdminRoutes,
  targets: targetRoutes,
  catalogueAdmin: catalogueAdminRoutes,
} as const;
export * from "./client.ts";
