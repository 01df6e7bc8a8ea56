import { z } from "zod";
import { MonthId, Ok, UnitCode } from "./common.ts";
import { defineRoute } from "./define-route.ts";

/** A reminder in the user's list: which form, what it says, read or not, e-mailed or not. */
export const ReminderView = z.object({
  key: z.string(),
  kind: z.enum(["due_soon", "overdue", "manual"]),
  unit: z.string(),
  regime: z.string(),
  period: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** Who of the office asked; null for the automatic ones. */
  createdBy: z.string().nullable(),
  read: z.boolean(),
  email: z.enum(["none", "pending", "sending", "sent", "failed"]),
});
export type ReminderView = z.output<typeof ReminderView>;

/** What a reminder asked for now did. */
export const ReminderOutcomeView = z.object({
  given: z.number(),
  emailed: z.number(),
  failed: z.number(),
});

export const reminderRoutes = {
  inbox: defineRoute({
    method: "GET",
    path: "/api/reminders",
    summary: "Lời nhắc gửi báo cáo của người dùng: mới nhất trước, kèm số chưa đọc",
    tag: "submissions",
    response: z.object({ unread: z.number(), items: z.array(ReminderView) }),
  }),
  read: defineRoute({
    method: "POST",
    path: "/api/reminders/read",
    summary: "Đánh dấu đã đọc các lời nhắc đã nêu, hoặc tất cả",
    tag: "submissions",
    body: z.object({ keys: z.array(z.string().max(300)).max(200).optional() }),
    response: Ok,
  }),
  remind: defineRoute({
    method: "POST",
    path: "/api/reminders",
    summary:
      "Nhắc người nhập số liệu của đơn vị gửi biểu báo cáo (văn phòng, lãnh đạo); mỗi người nhận tối đa một lời nhắc mỗi ngày cho mỗi biểu",
    tag: "submissions",
    body: z.object({ regime: z.string().min(1).max(64), unit: UnitCode, period: MonthId }),
    response: ReminderOutcomeView,
  }),
};
