import { readFileSync } from "node:fs";
import type { Engine } from "../engine/index.ts";
import { ReportService } from "../report/index.ts";
import { DEFAULT_TEMPLATE } from "./compose-for-cli.ts";
import { DEMO_WRITER } from "./demo-accounts.ts";

/** The report the demo opens on: Ngã Năm town, August 2023 — the reference report. */
export const DEMO_REPORT = { unit: "NGA_NAM", period: "2023-08" } as const;

/**
 * Starts the draft of the reference report from its template, unless the report exists (a
 * clerk's edits and issued versions are never replaced by running the demo again).
 * Returns true when it created the draft.
 */
export async function ensureDemoReport(engine: Engine, at: string): Promise<boolean> {
  const reports = new ReportService(engine);
  const existing = await reports.versions(DEMO_REPORT.unit, DEMO_REPORT.period);
  if (existing.length > 0) return false;
  await reports.saveDraft(
    { ...DEMO_REPORT, template: readFileSync(DEFAULT_TEMPLATE, "utf8") },
    { by: DEMO_WRITER, via: "system", at },
  );
  return true;
}
