/** The roles an account can hold on a unit subtree. */
export const ROLES = ["admin", "office", "reporter", "approver", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** What a request may want to do; each is checked against one unit. */
export const ACTIONS = [
  "data.read",
  "value.write",
  "report.edit",
  "report.issue",
  "task.update",
  "user.manage",
  "submission.submit",
  "submission.approve",
  "submission.reopen",
  "definition.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Which actions each role allows. Office compiles reports but does not issue them; the approver
 * issues (and may touch up the draft it signs) but enters no figures. Approving a submission is
 * checked on the submitting unit's parent (see core/submissions), reopening one is for admins, and
 * so is changing definitions (units, the catalogue, forms, targets; see services/definitions).
 */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  admin: ACTIONS,
  office: [
    "data.read",
    "value.write",
    "report.edit",
    "task.update",
    "submission.submit",
    "submission.approve",
  ],
  reporter: ["data.read", "value.write", "task.update", "submission.submit"],
  approver: ["data.read", "report.edit", "report.issue", "submission.approve"],
  viewer: ["data.read"],
};

/** Role names as people read them. */
export const ROLE_LABELS_VI: Readonly<Record<Role, string>> = {
  admin: "quản trị",
  office: "văn phòng (tổng hợp báo cáo)",
  reporter: "nhập số liệu",
  approver: "lãnh đạo (duyệt, ban hành)",
  viewer: "chỉ xem",
};

/** Actions as they read after "quyền …" in a refusal. */
export const ACTION_LABELS_VI: Readonly<Record<Action, string>> = {
  "data.read": "xem số liệu",
  "value.write": "nhập, sửa số liệu",
  "report.edit": "soạn báo cáo",
  "report.issue": "ban hành báo cáo",
  "task.update": "cập nhật nhiệm vụ",
  "user.manage": "quản lý tài khoản",
  "submission.submit": "gửi báo cáo",
  "submission.approve": "duyệt, trả lại báo cáo",
  "submission.reopen": "mở lại báo cáo đã gửi, đã khóa",
  "definition.manage": "quản trị đơn vị, danh mục chỉ tiêu, chỉ tiêu kế hoạch",
};

/** True when `value` names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `value` names an action. */
export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** True when the role allows the action, wherever it is granted. */
export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}
