/**
 * A periodic reporting regime (chế độ báo cáo định kỳ, a "form"): which units report which
 * indicators, how often, with which data cut-off window and by which day.
 */
export interface ReportingRegime {
  readonly code: string;
  readonly nameVi: string;
  /** `nine_months` is January to September (the period `2023-9M`). */
  readonly frequency: "month" | "quarter" | "half" | "nine_months" | "year";
  readonly cutoff: "calendar" | "decree09";
  /** Day of the month the data is due (of the report month under Decree 09, else of the next month). */
  readonly deadlineDay?: number;
  /**
   * Lock the period's figures this many days after the due date (`true`: the default 5 days);
   * absent, the period never locks by date, only by its submissions.
   */
  readonly lockAfterDays?: number | true;
  readonly reportingUnits: readonly string[];
  readonly indicators: readonly string[];
  readonly [field: string]: unknown;
}
