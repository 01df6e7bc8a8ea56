import { BaocaoError } from "../../core/errors.ts";

/** Signed in with a one-time password and asking for anything but a new one. */
export function passwordChangeRequired(): BaocaoError {
  return new BaocaoError(
    "auth.password_change_required",
    "Bạn đang đăng nhập bằng mật khẩu dùng một lần; hãy đặt mật khẩu mới trước khi tiếp tục.",
  );
}

/** No (live) session. */
export function authRequired(): BaocaoError {
  return new BaocaoError("auth.required", "Bạn cần đăng nhập để tiếp tục.");
}

/** Wrong username or password — the same words for both, so names cannot be probed. */
export function invalidCredentials(): BaocaoError {
  return new BaocaoError("auth.invalid_credentials", "Tên đăng nhập hoặc mật khẩu không đúng.");
}

/** The password was right but the account is disabled. */
export function accountDisabled(username: string): BaocaoError {
  return new BaocaoError(
    "auth.disabled",
    `Tài khoản "${username}" đã bị khóa; hãy liên hệ quản trị viên.`,
    { username },
  );
}

/** A cookie-authenticated change without the session's CSRF token. */
export function csrfRefused(): BaocaoError {
  return new BaocaoError(
    "auth.csrf",
    "Yêu cầu thiếu mã chống giả mạo (x-csrf-token) hoặc mã không khớp; hãy tải lại trang rồi thử lại.",
  );
}
