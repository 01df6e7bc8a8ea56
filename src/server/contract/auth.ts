import { z } from "zod";
import { defineRoute } from "./define-route.ts";

/** The roles a grant can give. */
export const Role = z.enum(["admin", "office", "reporter", "approver", "viewer"]);

/** A role over a unit and everything under it. */
export const Grant = z.object({ role: Role, unit: z.string() });

/** The signed-in user as the web app sees it. */
export const SessionUser = z.object({
  username: z.string(),
  displayName: z.string(),
  grants: z.array(Grant),
  /** Signed in with a one-time password: the app asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.output<typeof SessionUser>;

/** A session: the user and the token to send as `x-csrf-token` with every change. */
export const Session = z.object({
  user: SessionUser,
  csrfToken: z.string(),
  /** The month the screens open on when a link names none (`YYYY-MM`): this one, or the demo's. */
  openPeriod: z.string(),
});

/** The demo's accounts and password, which the login page shows only when the server runs the demo. */
export const SignInHint = z.object({
  usernames: z.array(z.string()),
  password: z.string(),
  period: z.string(),
});
export type SignInHint = z.output<typeof SignInHint>;

export const authRoutes = {
  login: defineRoute({
    method: "POST",
    path: "/api/auth/login",
    summary: "Đăng nhập",
    tag: "auth",
    body: z.object({ username: z.string().min(1), password: z.string().min(1) }),
    response: Session,
  }),
  logout: defineRoute({
    method: "POST",
    path: "/api/auth/logout",
    summary: "Đăng xuất",
    tag: "auth",
    response: z.object({ ok: z.literal(true) }),
  }),
  signInInfo: defineRoute({
    method: "GET",
    path: "/api/auth/sign-in-info",
    summary:
      "Thông tin cho trang đăng nhập (tài khoản dùng thử, chỉ khi máy chủ chạy bản dùng thử)",
    tag: "auth",
    response: z.object({ demo: SignInHint.nullable() }),
  }),
  changePassword: defineRoute({
    method: "POST",
    path: "/api/auth/password",
    summary: "Đổi mật khẩu của chính mình (bắt buộc sau mật khẩu dùng một lần)",
    tag: "auth",
    body: z.object({
      currentPassword: z.string().min(1),
      newPassword: z.string().min(1),
    }),
    response: Session,
  }),
  me: defineRoute({
    method: "GET",
    path: "/api/auth/me",
    summary: "Người dùng đang đăng nhập",
    tag: "auth",
    response: Session,
  }),
};
