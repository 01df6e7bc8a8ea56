import { z } from "zod";
// The leaf module (type imports only): the web app bundles the contract.
import { MANAGING_LEVELS } from "../../core/registers/types.ts";
import { IsoDate, MonthId, Versioned } from "./common.ts";
import { defineRoute } from "./define-route.ts";

/** A managing level a commitment may be for, every project of it ("huyen_quan_ly"). */
export const ManagingLevelCode = z.enum(MANAGING_LEVELS);
export type ManagingLevelCode = z.output<typeof ManagingLevelCode>;

/** A project of the investment register, with its totals for a year. */
export const ProjectView = z.object({
  code: z.string(),
  nameVi: z.string(),
  managingLevel: z.string(),
  programme: z.string(),
  owner: z.string(),
  /** The owner as stored, for the edit form: one of our units, or an outside body's name. */
  ownerUnit: z.string().nullable(),
  ownerName: z.string(),
  reportingUnit: z.string(),
  locationUnits: z.array(z.string()),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.string(),
  note: z.string(),
  synthetic: z.boolean(),
  version: z.number(),
  /** Capital plan of the year (triệu đồng), disbursed up to the month, and their ratio. */
  plan: z.number(),
  disbursed: z.number(),
  disbursedPct: z.number().nullable(),
});
export type ProjectView = z.output<typeof ProjectView>;

const Money = z.object({ amount: z.number(), note: z.string() });

export const ProjectDetail = z.object({
  project: ProjectView,
  capitalPlans: z.array(
    Money.extend({
      year: z.number(),
      fundSource: z.string(),
      programme: z.string(),
      version: z.number(),
    }),
  ),
  disbursements: z.array(
    Money.extend({
      period: z.string(),
      fundSource: z.string(),
      date: z.string().nullable(),
      status: z.string(),
      version: z.number(),
    }),
  ),
  commitments: z.array(z.lazy(() => CommitmentView)),
  siteClearance: z.array(z.lazy(() => ClearanceView)),
});

/**
 * A disbursement commitment the project page lists: the project's own (`projectCode` set) or its
 * managing level's (`projectCode` "", `managingLevel` set); `editable` when the signed-in user
 * may change it (the server decides, the page only hides what would be refused).
 */
export const CommitmentView = z.object({
  projectCode: z.string(),
  managingLevel: ManagingLevelCode.nullable(),
  dueDate: z.string(),
  sharePct: z.number(),
  note: z.string(),
  version: z.number(),
  editable: z.boolean(),
});

export const ClearanceView = z.object({
  projectCode: z.string(),
  projectNameVi: z.string(),
  period: z.string(),
  date: z.string().nullable(),
  householdsTotal: z.number(),
  householdsPaid: z.number(),
  householdsHandedOver: z.number().nullable(),
  amountTotal: z.number().nullable(),
  amountPaid: z.number().nullable(),
  note: z.string(),
  version: z.number(),
});

export const TaskStatus = z.enum(["new", "in_progress", "done", "cancelled"]);

/** A task as lists and the detail page show it, with its status on the day asked. */
export const TaskView = z.object({
  id: z.string(),
  textVi: z.string(),
  sector: z.string(),
  reportPeriod: z.string().nullable(),
  section: z.string(),
  source: z.string(),
  leadUnit: z.string(),
  partnerUnits: z.array(z.string()),
  due: z.string().nullable(),
  storedStatus: TaskStatus,
  status: z.enum(["new", "in_progress", "done", "cancelled", "overdue"]),
  closedOn: z.string().nullable(),
  late: z.boolean(),
  note: z.string(),
  version: z.number(),
  carriedOver: z.boolean().optional(),
  progress: z.array(
    z.object({
      seq: z.number(),
      date: z.string(),
      status: TaskStatus.nullable(),
      note: z.string(),
      by: z.string(),
    }),
  ),
});
export type TaskView = z.output<typeof TaskView>;

/** What the task form sends: the task's own fields; status and progress change elsewhere. */
export const TaskFields = z.object({
  textVi: z.string().max(4000),
  sector: z.string(),
  leadUnit: z.string(),
  partnerUnits: z.array(z.string()).max(100),
  dueDate: IsoDate.nullable(),
  reportPeriod: MonthId.nullable(),
  source: z.string().max(500),
  note: z.string().max(2000),
});

/** What the project form sends; the core check (`check-project.ts`) reads every field. */
export const ProjectFields = z.object({
  nameVi: z.string().max(1000),
  managingLevel: z.string(),
  programme: z.string(),
  ownerUnit: z.string().nullable(),
  ownerName: z.string().max(500),
  reportingUnit: z.string(),
  locationUnits: z.array(z.string()).max(100),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  status: z.string(),
  note: z.string().max(2000),
});

/** A capital plan line as the form sends it (triệu đồng). */
export const CapitalPlanFields = z.object({
  year: z.number().int(),
  fundSource: z.string(),
  programme: z.string(),
  amount: z.number(),
  note: z.string().max(2000),
});

/** A disbursement as the form sends it (triệu đồng, the month's own amount). */
export const DisbursementFields = z.object({
  period: MonthId,
  fundSource: z.string(),
  date: IsoDate.nullable(),
  amount: z.number(),
  status: z.string(),
  note: z.string().max(2000),
});

/** Site clearance as of a month as the form sends it (households; compensation in đồng). */
export const ClearanceFields = z.object({
  period: MonthId,
  date: IsoDate.nullable(),
  householdsTotal: z.number(),
  householdsPaid: z.number(),
  householdsHandedOver: z.number().nullable(),
  amountTotal: z.number().nullable(),
  amountPaid: z.number().nullable(),
  note: z.string().max(2000),
});

/** A disbursement commitment as the form sends it: its due date and share (%) of the year's plan. */
export const CommitmentFields = z.object({
  dueDate: IsoDate,
  sharePct: z.number(),
  note: z.string().max(2000),
});

const Saved = z.object({ version: z.number() });
const Removed = z.object({ ok: z.literal(true) });

const TaskQuery = z.object({
  period: MonthId.optional(),
  unit: z.string().optional(),
  sector: z.string().optional(),
  asOf: IsoDate.optional(),
});

export const registerRoutes = {
  projects: defineRoute({
    method: "GET",
    path: "/api/registers/projects",
    summary: "Danh mục dự án đầu tư công, kế hoạch vốn năm và giải ngân lũy kế đến tháng",
    tag: "registers",
    query: z.object({ period: MonthId }),
    response: z.object({ projects: z.array(ProjectView) }),
  }),
  project: defineRoute({
    method: "GET",
    path: "/api/registers/projects/:code",
    summary: "Chi tiết một dự án",
    tag: "registers",
    params: z.object({ code: z.string() }),
    query: z.object({ period: MonthId }),
    response: ProjectDetail,
  }),
  siteClearance: defineRoute({
    method: "GET",
    path: "/api/registers/site-clearance",
    summary: "Tiến độ giải phóng mặt bằng theo dự án (mới nhất đến tháng)",
    tag: "registers",
    query: z.object({ period: MonthId }),
    response: z.object({ items: z.array(ClearanceView) }),
  }),
  tasks: defineRoute({
    method: "GET",
    path: "/api/registers/tasks",
    summary: "Nhiệm vụ; với `period`: danh sách kiểm điểm của tháng kèm số lượng theo trạng thái",
    tag: "registers",
    query: TaskQuery,
    response: z.object({
      asOf: z.string(),
      tasks: z.array(TaskView),
      counts: z.record(z.string(), z.number()),
    }),
  }),
  task: defineRoute({
    method: "GET",
    path: "/api/registers/tasks/:id",
    summary: "Một nhiệm vụ với các ghi chú tiến độ",
    tag: "registers",
    params: z.object({ id: z.string() }),
    response: TaskView,
  }),
  changeTask: defineRoute({
    method: "PATCH",
    path: "/api/registers/tasks/:id",
    summary:
      "Đổi trạng thái và/hoặc thêm ghi chú tiến độ; nhiệm vụ đã bị người khác sửa thì bị từ chối (409)",
    tag: "registers",
    params: z.object({ id: z.string() }),
    body: z.object({
      status: TaskStatus.optional(),
      note: z.string().max(2000).optional(),
      date: IsoDate.optional(),
      ...Versioned.shape,
    }),
    response: TaskView,
  }),
  createTask: defineRoute({
    method: "POST",
    path: "/api/registers/tasks",
    summary:
      "Giao một nhiệm vụ mới (quyền soạn báo cáo trên đơn vị chủ trì); mã nhiệm vụ do hệ thống đặt",
    tag: "registers",
    body: TaskFields,
    response: TaskView,
  }),
  editTask: defineRoute({
    method: "PUT",
    path: "/api/registers/tasks/:id",
    summary:
      "Sửa nội dung, lĩnh vực, đơn vị chủ trì, phối hợp, hạn của một nhiệm vụ; đã bị người khác sửa thì bị từ chối (409)",
    tag: "registers",
    params: z.object({ id: z.string() }),
    body: TaskFields.extend(Versioned.shape),
    response: TaskView,
  }),
  saveProject: defineRoute({
    method: "PUT",
    path: "/api/registers/projects/:code",
    summary:
      "Tạo (expectedVersion 0) hoặc sửa một dự án (quyền soạn báo cáo trên đơn vị báo cáo của dự án); bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: ProjectFields.extend(Versioned.shape),
    response: Saved,
  }),
  saveCapitalPlan: defineRoute({
    method: "PUT",
    path: "/api/registers/projects/:code/capital-plans",
    summary:
      "Ghi một dòng kế hoạch vốn năm của dự án theo nguồn (quyền nhập số liệu trên đơn vị báo cáo của dự án)",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: CapitalPlanFields.extend(Versioned.shape),
    response: Saved,
  }),
  saveDisbursement: defineRoute({
    method: "PUT",
    path: "/api/registers/projects/:code/disbursements",
    summary:
      "Ghi số giải ngân một tháng của dự án theo nguồn (quyền nhập số liệu trên đơn vị báo cáo của dự án)",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: DisbursementFields.extend(Versioned.shape),
    response: Saved,
  }),
  saveClearance: defineRoute({
    method: "PUT",
    path: "/api/registers/projects/:code/site-clearance",
    summary:
      "Ghi tiến độ giải phóng mặt bằng của dự án đến một tháng (quyền nhập số liệu trên đơn vị báo cáo của dự án)",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: ClearanceFields.extend(Versioned.shape),
    response: Saved,
  }),
  // Removals are POST …/remove with the row's key fields and the version last read, as the
  // targets' removals are: a body on DELETE is not kept by every proxy.
  removeProject: defineRoute({
    method: "POST",
    path: "/api/registers/projects/:code/remove",
    summary:
      "Xóa một dự án không còn dòng kế hoạch vốn, cam kết, giải ngân, giải phóng mặt bằng nào (quyền soạn báo cáo trên đơn vị báo cáo); bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: Versioned,
    response: Removed,
  }),
  removeCapitalPlan: defineRoute({
    method: "POST",
    path: "/api/registers/projects/:code/capital-plans/remove",
    summary:
      "Xóa một dòng kế hoạch vốn (năm, nguồn) của dự án; số liệu tính từ dòng đó được tính lại; bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: CapitalPlanFields.pick({ year: true, fundSource: true }).extend(Versioned.shape),
    response: Removed,
  }),
  removeDisbursement: defineRoute({
    method: "POST",
    path: "/api/registers/projects/:code/disbursements/remove",
    summary:
      "Xóa số giải ngân một tháng (tháng, nguồn) của dự án; số liệu giải ngân được tính lại; bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: DisbursementFields.pick({ period: true, fundSource: true }).extend(Versioned.shape),
    response: Removed,
  }),
  removeClearance: defineRoute({
    method: "POST",
    path: "/api/registers/projects/:code/site-clearance/remove",
    summary:
      "Xóa tiến độ giải phóng mặt bằng của dự án đến một tháng; bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: ClearanceFields.pick({ period: true }).extend(Versioned.shape),
    response: Removed,
  }),
  saveCommitment: defineRoute({
    method: "PUT",
    path: "/api/registers/projects/:code/commitments",
    summary:
      "Ghi một cam kết giải ngân của dự án (hạn, tỷ lệ % kế hoạch vốn năm; quyền nhập số liệu trên đơn vị báo cáo của dự án); bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: CommitmentFields.extend(Versioned.shape),
    response: Saved,
  }),
  removeCommitment: defineRoute({
    method: "POST",
    path: "/api/registers/projects/:code/commitments/remove",
    summary: "Xóa một cam kết giải ngân của dự án (theo hạn); bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ code: z.string() }),
    body: CommitmentFields.pick({ dueDate: true }).extend(Versioned.shape),
    response: Removed,
  }),
  saveLevelCommitment: defineRoute({
    method: "PUT",
    path: "/api/registers/level-commitments/:level",
    summary:
      "Ghi một cam kết giải ngân chung cho mọi dự án của một cấp quản lý vốn (quyền nhập số liệu trên đơn vị báo cáo của mọi dự án cấp đó); bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ level: ManagingLevelCode }),
    body: CommitmentFields.extend(Versioned.shape),
    response: Saved,
  }),
  removeLevelCommitment: defineRoute({
    method: "POST",
    path: "/api/registers/level-commitments/:level/remove",
    summary:
      "Xóa một cam kết giải ngân chung của một cấp quản lý vốn; bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ level: ManagingLevelCode }),
    body: CommitmentFields.pick({ dueDate: true }).extend(Versioned.shape),
    response: Removed,
  }),
  removeTask: defineRoute({
    method: "POST",
    path: "/api/registers/tasks/:id/remove",
    summary:
      "Xóa một nhiệm vụ giao nhầm cùng các ghi chú tiến độ của nó (quyền soạn báo cáo trên đơn vị chủ trì); bị người khác sửa trước thì 409",
    tag: "registers",
    params: z.object({ id: z.string() }),
    body: Versioned,
    response: Removed,
  }),
};
