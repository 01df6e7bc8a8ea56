import { z } from "zod";
import { TEMPLATE_LIMITS } from "../../report/template/limits.ts";
import { PeriodId, UnitCode } from "./common.ts";
import { defineRoute } from "./define-route.ts";
import { SubmissionEventView, SubmissionStateView, TransitionName } from "./submissions.ts";

/** A department's section of a report: its owner, state, versions and what the user may do. */
export const SectionItem = z.object({
  reportUnit: z.string(),
  period: z.string(),
  owner: z.string(),
  ownerName: z.string(),
  title: z.string(),
  state: SubmissionStateView,
  /** The text's version a save must name (0: the department has not saved it yet). */
  version: z.number(),
  /** The state's version a transition must name (0: nobody sent it yet). */
  stateVersion: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  lastComment: z.string().nullable(),
  allowed: z.array(TransitionName),
  /** Whether the signed-in user may save its text now. */
  editable: z.boolean(),
  /** author: writes and sends it; reviewer: approves or returns it; reader: reads it. */
  role: z.enum(["author", "reviewer", "reader"]),
});
export type SectionItem = z.output<typeof SectionItem>;

const SectionParams = z.object({ unit: UnitCode, period: PeriodId, owner: UnitCode });

export const sectionRoutes = {
  listAll: defineRoute({
    method: "GET",
    path: "/api/sections",
    summary:
      "Việc cần làm: các phần báo cáo giao cho phòng ban (`{owner=…}`) trong kỳ mà người dùng được xem, kèm trạng thái",
    tag: "sections",
    query: z.object({ period: PeriodId }),
    response: z.object({ sections: z.array(SectionItem) }),
  }),
  list: defineRoute({
    method: "GET",
    path: "/api/reports/:unit/:period/sections",
    summary: "Các phần của báo cáo giao cho phòng ban: đơn vị phụ trách, trạng thái, phiên bản",
    tag: "sections",
    params: z.object({ unit: UnitCode, period: PeriodId }),
    response: z.object({ sections: z.array(SectionItem) }),
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/reports/:unit/:period/sections/:owner",
    summary:
      "Một phần báo cáo: nội dung của phòng ban (hoặc của văn phòng khi phòng chưa soạn), lịch sử gửi, duyệt",
    tag: "sections",
    params: SectionParams,
    response: z.object({
      section: SectionItem,
      text: z.string(),
      officeText: z.string(),
      events: z.array(SubmissionEventView),
    }),
  }),
  save: defineRoute({
    method: "PUT",
    path: "/api/reports/:unit/:period/sections/:owner",
    summary:
      "Lưu nội dung phần báo cáo của phòng ban; phiên bản cũ (409) hoặc phần đã gửi, đã duyệt (409) bị từ chối",
    tag: "sections",
    params: SectionParams,
    body: z.object({
      text: z.string().max(TEMPLATE_LIMITS.length),
      expectedVersion: z.number().int().min(0),
    }),
    response: z.object({ section: SectionItem }),
  }),
  transition: defineRoute({
    method: "POST",
    path: "/api/reports/:unit/:period/sections/:owner/:transition",
    summary:
      "Gửi duyệt, duyệt, trả lại (kèm ý kiến) hoặc mở lại (quản trị, kèm lý do) một phần báo cáo, như một biểu",
    tag: "sections",
    params: SectionParams.extend({ transition: TransitionName }),
    body: z.object({
      expectedVersion: z.number().int().min(0),
      comment: z.string().max(2000).optional(),
    }),
    response: z.object({ section: SectionItem }),
  }),
};
