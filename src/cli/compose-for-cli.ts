import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BaocaoError } from "../core/errors.ts";
import { formatPeriodId, parsePeriod } from "../core/periods/index.ts";
import type { Engine } from "../engine/index.ts";
import { type Composed, inThreadComposer } from "../report/composer/index.ts";
import type { ReportCheck, ReportMeta } from "../report/index.ts";
import { requireUnit } from "./require-unit.ts";

/** The reference town's monthly template (NGA_NAM), which the demo stores as its report. */
export const DEFAULT_TEMPLATE = fileURLToPath(
  new URL("../../reports/nga-nam/bao-cao-thang.md", import.meta.url),
);

/** What `report` and `check` compose: a unit's report of a period, from a file or the database. */
export interface CliReportRequest {
  readonly unit: string;
  readonly period: string;
  /** A template file's text (`--template`); without it, the unit's template in the database. */
  readonly template?: string;
  readonly asOf?: string;
  /** The day deadlines are judged against (ISO date). */
  readonly today?: string;
}

/**
 * The request of a command's options, with the `--template` file's text when one was named. The
 * period is read and written back canonically (`202308` → `2023-08`, `2023-6M` → `2023-H1`), so
 * the report is stored and found under the one id the web app uses; a bad id is an error.
 */
export function cliRequest(
  options: { unit: string; period: string; asOf?: string; today?: string },
  template: string | undefined,
): CliReportRequest {
  return {
    unit: options.unit,
    period: formatPeriodId(parsePeriod(options.period)),
    ...(template !== undefined ? { template } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.today ? { today: options.today } : {}),
  };
}

/** The template file's text, or `report.no_template` naming the file. */
export function readTemplate(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new BaocaoError("report.no_template", `Không đọc được mẫu báo cáo ${path}.`, {
      file: path,
    });
  }
}

/**
 * Composes as the web app does — the departments' approved sections spliced in, the checks of
 * the collection cycle — so the CLI and the web never tell two stories about one report.
 */
export async function composeForCli(engine: Engine, request: CliReportRequest): Promise<Composed> {
  requireUnit(engine, request.unit);
  const stored = request.template === undefined ? await storedTemplate(engine, request) : undefined;
  return inThreadComposer(engine).compose({
    template: request.template ?? stored?.template ?? "",
    unit: request.unit,
    period: request.period,
    ...(stored ? { meta: JSON.parse(stored.meta) as Partial<ReportMeta> } : {}),
    ...(request.asOf ? { asOf: request.asOf } : {}),
    ...(request.today ? { today: request.today } : {}),
  });
}

/**
 * The unit's own template, as the web app edits it: the period's report, else its newest report
 * (the one a new period is carried forward from). A unit without one is an error naming the units
 * that have one, rather than another unit's letterhead over this unit's figures.
 */
async function storedTemplate(
  engine: Engine,
  request: CliReportRequest,
): Promise<{ template: string; meta: string }> {
  const reports = engine.store.repos.reports;
  const [ofPeriod] = await reports.versions(request.unit, request.period);
  const [newest] = ofPeriod ? [ofPeriod] : await reports.latestByPeriod(request.unit);
  if (newest) return newest;
  const withTemplate = [...new Set((await reports.drafts()).map((r) => r.unitCode))].sort();
  throw new BaocaoError(
    "report.no_template",
    `Đơn vị ${request.unit} chưa có mẫu báo cáo trong cơ sở dữ liệu (${
      withTemplate.length > 0
        ? `đơn vị đã có mẫu: ${withTemplate.join(", ")}`
        : "chưa đơn vị nào có mẫu"
    }). Soạn mẫu trên màn hình Báo cáo hoặc chỉ tệp mẫu bằng --template.`,
    { unit: request.unit, available: withTemplate.join(",") },
  );
}

const SEVERITY: Readonly<Record<ReportCheck["severity"], string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

/** One line of output: severity, what is checked (the kind code, for grep and scripts), message. */
export function formatCheck(check: ReportCheck): string {
  return `${SEVERITY[check.severity]} [${check.kind}]: ${check.message}`;
}
