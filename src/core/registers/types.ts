import type { SectorCode } from "../catalogue/index.ts";

/**
 * Who manages a project's capital: the province ("vốn tỉnh quản lý"), the district-level town
 * ("vốn thị xã quản lý") or the commune. The codes are those of the reference dataset.
 */
export const MANAGING_LEVELS = ["tinh_quan_ly", "huyen_quan_ly", "xa_quan_ly"] as const;

/** One managing level. */
export type ManagingLevel = (typeof MANAGING_LEVELS)[number];

/** Where a project stands: preparing, being built, finished, suspended. */
export const PROJECT_STATUSES = ["preparing", "in_progress", "completed", "suspended"] as const;

/** One project status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** An investment project (dự án, công trình) of the public investment register. */
export interface Project {
  readonly code: string;
  readonly nameVi: string;
  readonly managingLevel: ManagingLevel;
  /** Programme code (`ctmtqg` for the national target programmes), "" when none. */
  readonly programme: string;
  /** The project owner (chủ đầu tư) when it is one of our units, else null. */
  readonly ownerUnit: string | null;
  /** The owner's name when it is an outside body (a project management board of the province). */
  readonly ownerName: string;
  /** The unit whose figures the project counts in; its register figures are written there. */
  readonly reportingUnit: string;
  /** Units where the project is built. */
  readonly locationUnits: readonly string[];
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly status: ProjectStatus;
  readonly note: string;
  /** True for rows invented to make a dataset computable. */
  readonly synthetic: boolean;
}

/** A project's capital plan for a year from one source, in triệu đồng. */
export interface CapitalPlan {
  readonly projectCode: string;
  readonly year: number;
  /** Capital source code (e.g. `tinh_quan_ly`, `ngan_sach_tinh`). */
  readonly fundSource: string;
  /** Programme code of this capital, "" for the project's own programme. */
  readonly programme: string;
  readonly amount: number;
  readonly note: string;
  readonly synthetic: boolean;
}

/**
 * A disbursement commitment to the province: a share of the year's plan disbursed by a date,
 * for one project or for every project of a managing level (a project's own commitment wins).
 */
export interface Commitment {
  /** The project committed, or "" for a managing level. */
  readonly projectCode: string;
  /** The managing level committed, or null for a project. */
  readonly managingLevel: ManagingLevel | null;
  readonly dueDate: string;
  /** Percent of the plan of the due date's year, 34 for 34%. */
  readonly sharePct: number;
  readonly note: string;
}

/** Capital disbursed for a project in a month (not cumulative), in triệu đồng. */
export interface Disbursement {
  readonly projectCode: string;
  /** Month id `YYYY-MM`. */
  readonly period: string;
  /** Capital source; "" when the project has one source that year. */
  readonly fundSource: string;
  /** The day the amount was recorded, when known. */
  readonly date: string | null;
  readonly amount: number;
  readonly status: "official" | "estimate";
  readonly note: string;
  readonly synthetic: boolean;
}

/** Site clearance (giải phóng mặt bằng) of a project as of a month: households and money. */
export interface SiteClearance {
  readonly projectCode: string;
  readonly period: string;
  readonly date: string | null;
  readonly householdsTotal: number;
  readonly householdsPaid: number;
  /** Households that handed over their land, when counted apart from payment. */
  readonly householdsHandedOver: number | null;
  /** Compensation in đồng. */
  readonly amountTotal: number | null;
  readonly amountPaid: number | null;
  readonly note: string;
  readonly synthetic: boolean;
}

/** The statuses a person sets; `overdue` is computed from the due date, never stored. */
export const TASK_STATUSES = ["new", "in_progress", "done", "cancelled"] as const;

/** A stored task status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A task status as shown: stored, or `overdue` when open past its due date. */
export type EffectiveTaskStatus = TaskStatus | "overdue";

/** A task (nhiệm vụ) set by a report's part II or by a decision. */
export interface Task {
  readonly id: string;
  readonly textVi: string;
  readonly sector: SectorCode;
  /** The month of the report that set it (its part II lists next month's tasks). */
  readonly reportPeriod: string | null;
  /** Section of that report, "II" by default. */
  readonly section: string;
  readonly paragraph: number | null;
  readonly sentence: number | null;
  /** A decision or other document that set it, when not a report. */
  readonly source: string;
  readonly leadUnit: string;
  readonly partnerUnits: readonly string[];
  /** Due by the end of this month… */
  readonly duePeriod: string | null;
  /** …or by this day (wins when both are given). */
  readonly dueDate: string | null;
  readonly status: TaskStatus;
  readonly note: string;
}

/** A dated progress note on a task, optionally changing its status. */
export interface TaskProgress {
  readonly taskId: string;
  /** Order of the note among the task's notes, from 1. */
  readonly seq: number;
  readonly date: string;
  readonly status: TaskStatus | null;
  readonly note: string;
  readonly by: string;
}
