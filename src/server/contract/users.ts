import { z } from "zod";
import { Grant } from "./auth.ts";
import { defineRoute } from "./define-route.ts";

/** An account as the administration screen shows it. */
export const AdminAccount = z.object({
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  /** Still on a one-time password. */
  mustChangePassword: z.boolean(),
  /** The version every change must name (a newer one answers 409 `user.conflict`). */
  version: z.number().int(),
  grants: z.array(Grant),
  /** Where reminders are e-mailed; null: in the app only. */
  email: z.string().nullable(),
});
export type AdminAccount = z.output<typeof AdminAccount>;

/** One change of an account, from its audit. */
export const UserAuditEntry = z.object({
  version: z.number().int(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
  by: z.string(),
});

const Username = z.object({ username: z.string() });
const Versioned = z.object({ version: z.number().int() });
const WithAccount = z.object({ user: AdminAccount });
/** The one-time password is in this answer only; it is stored as a hash. */
const WithPassword = z.object({ user: AdminAccount, oneTimePassword: z.string() });

export const userRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/users",
    summary: "Danh sách tài khoản mà người dùng được quản lý",
    tag: "users",
    response: z.object({ users: z.array(AdminAccount) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/users",
    summary: "Tạo tài khoản với mật khẩu dùng một lần",
    tag: "users",
    body: z.object({
      username: z.string().min(1).max(64),
      displayName: z.string().max(200),
      grants: z.array(Grant).max(50).default([]),
    }),
    response: WithPassword,
  }),
  setDisabled: defineRoute({
    method: "POST",
    path: "/api/users/:username/disabled",
    summary: "Khóa hoặc mở khóa tài khoản",
    tag: "users",
    params: Username,
    body: Versioned.extend({ disabled: z.boolean() }),
    response: WithAccount,
  }),
  setEmail: defineRoute({
    method: "POST",
    path: "/api/users/:username/email",
    summary: "Đặt hoặc bỏ (null) địa chỉ thư điện tử nhận lời nhắc gửi báo cáo",
    tag: "users",
    params: Username,
    body: Versioned.extend({ email: z.string().max(254).nullable() }),
    response: WithAccount,
  }),
  resetPassword: defineRoute({
    method: "POST",
    path: "/api/users/:username/reset-password",
    summary: "Đặt lại mật khẩu bằng mật khẩu dùng một lần",
    tag: "users",
    params: Username,
    body: Versioned,
    response: WithPassword,
  }),
  grant: defineRoute({
    method: "POST",
    path: "/api/users/:username/grants",
    summary: "Giao vai trò trên một đơn vị (và các đơn vị trực thuộc)",
    tag: "users",
    params: Username,
    body: Versioned.extend({ grant: Grant }),
    response: WithAccount,
  }),
  revoke: defineRoute({
    method: "POST",
    path: "/api/users/:username/revoke",
    summary: "Thu hồi một vai trò",
    tag: "users",
    params: Username,
    body: Versioned.extend({ grant: Grant }),
    response: WithAccount,
  }),
  history: defineRoute({
    method: "GET",
    path: "/api/users/:username/history",
    summary: "Nhật ký thay đổi của một tài khoản",
    tag: "users",
    params: Username,
    response: z.object({ entries: z.array(UserAuditEntry) }),
  }),
};
