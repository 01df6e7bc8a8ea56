import { z } from "zod";
import { MonthId, UnitCode } from "./common.ts";
import { defineRoute } from "./define-route.ts";

/** On time / late once sent; days left or days late before. */
export const TimelinessView = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("on_time") }),
  z.object({ kind: z.literal("late"), daysLate: z.number() }),
  z.object({ kind: z.literal("pending"), daysLeft: z.number() }),
  z.object({ kind: z.literal("overdue"), daysLate: z.number() }),
]);

export const SubmissionStateView = z.enum([
  "not_started",
  "draft",
  "submitted",
  "approved",
  "returned",
]);
export type SubmissionStateView = z.output<typeof SubmissionStateView>;

export const TransitionName = z.enum(["submit", "approve", "return", "reopen"]);
export type TransitionName = z.output<typeof TransitionName>;

/** A unit's form for a month: state, deadlines, what is missing, what the user may do now. */
export const SubmissionItem = z.object({
  unit: z.string(),
  unitName: z.string(),
  regime: z.string(),
  regimeName: z.string(),
  period: z.string(),
  /** The month, or the quarter (`2023-Q3`), half, nine months or year a longer form covers. */
  filedPeriod: z.string(),
  state: SubmissionStateView,
  /** The version a transition must name (0: nobody acted on it yet). */
  version: z.number(),
  dueDate: z.string(),
  lockDate: z.string().nullable(),
  timeliness: TimelinessView,
  /** Indicators of the form with no figure yet. */
  missing: z.array(z.string()),
  expected: z.number(),
  /** Whether its figures refuse writes now. */
  locked: z.boolean(),
  reopened: z.boolean(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  lastComment: z.string().nullable(),
  /** The transitions the signed-in user may make now. */
  allowed: z.array(TransitionName),
  /** Whether the signed-in user may remind the unit of this form now ("Nhắc"). */
  remindable: z.boolean(),
});
export type SubmissionItem = z.output<typeof SubmissionItem>;

export const SubmissionEventView = z.object({
  version: z.number(),
  transition: z.string(),
  fromState: SubmissionStateView,
  toState: SubmissionStateView,
  comment: z.string(),
  explanations: z.array(
    z.object({ rule: z.string(), message: z.string(), explanation: z.string() }),
  ),
  at: z.string(),
  by: z.string(),
});
export type SubmissionEventView = z.output<typeof SubmissionEventView>;

/** Completeness (sent ÷ expected) and timeliness (sent by the due day ÷ expected) of the list. */
export const CycleSummaryView = z.object({
  expected: z.number(),
  submitted: z.number(),
  approved: z.number(),
  onTime: z.number(),
  overdue: z.number(),
  completeness: z.number(),
  timeliness: z.number(),
});
export type CycleSummaryView = z.output<typeof CycleSummaryView>;

const SubmissionParams = z.object({ regime: z.string().min(1), unit: UnitCode, period: MonthId });

export const submissionRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/submissions",
    summary:
      "Việc cần làm: các biểu báo cáo tháng của những đơn vị người dùng được xem, kèm trạng thái, hạn gửi, số ngày còn lại hoặc trễ",
    tag: "submissions",
    query: z.object({ period: MonthId, unit: UnitCode.optional() }),
    response: z.object({ submissions: z.array(SubmissionItem), summary: CycleSummaryView }),
  }),
  history: defineRoute({
    method: "GET",
    path: "/api/submissions/history",
    summary:
      "Tỷ lệ đầy đủ và đúng hạn theo từng tháng (mặc định 12 tháng đến tháng `to`), trong phạm vi người dùng được xem",
    tag: "submissions",
    query: z.object({
      to: MonthId,
      months: z.coerce.number().int().min(1).max(36).default(12),
      unit: UnitCode.optional(),
    }),
    response: z.object({
      periods: z.array(CycleSummaryView.extend({ period: z.string() })),
    }),
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/submissions/:regime/:unit/:period",
    summary: "Một biểu báo cáo của đơn vị trong tháng, kèm lịch sử gửi, duyệt, trả lại",
    tag: "submissions",
    params: SubmissionParams,
    response: z.object({ submission: SubmissionItem, events: z.array(SubmissionEventView) }),
  }),
  transition: defineRoute({
    method: "POST",
    path: "/api/submissions/:regime/:unit/:period/:transition",
    summary:
      "Gửi báo cáo (kèm giải trình từng cảnh báo), duyệt, trả lại (kèm ý kiến) hoặc mở lại (kèm lý do); phiên bản cũ bị từ chối (409)",
    tag: "submissions",
    params: SubmissionParams.extend({ transition: TransitionName }),
    body: z.object({
      expectedVersion: z.number().int().min(0),
      comment: z.string().max(2000).optional(),
      explanations: z.record(z.string(), z.string().max(2000)).optional(),
    }),
    response: z.object({ submission: SubmissionItem }),
  }),
};
