import { BaocaoError } from "../../core/errors.ts";
import { MAX_PASSWORD_LENGTH } from "./password.ts";

/** Lowercase letters, digits, `.`, `_`, `-`; 2 to 32 characters, starting with a letter or digit. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;
/** Shorter passwords are refused. */
export const MIN_PASSWORD_LENGTH = 8;

/** Refuses a malformed username (`user.invalid_username`). */
export function checkUsername(username: string): void {
  if (!USERNAME.test(username)) {
    throw new BaocaoError(
      "user.invalid_username",
      `Tên đăng nhập "${username}" không hợp lệ: dùng 2–32 ký tự chữ thường không dấu, số, ".", "_" hoặc "-".`,
      { username },
    );
  }
}

/** Refuses a password too short or too long. */
export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BaocaoError(
      "user.weak_password",
      `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new BaocaoError(
      "user.invalid_password",
      `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
    );
  }
}

/** One address, as mail servers take it: something@domain.tld, no spaces, at most 254 characters. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Refuses an e-mail address that no mail server would take (`user.invalid_email`). */
export function checkEmail(email: string): void {
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new BaocaoError(
      "user.invalid_email",
      `Địa chỉ thư điện tử "${email.slice(0, 80)}" không hợp lệ (ví dụ đúng: nguyenvana@ubnd.vn).`,
      { email: email.slice(0, 80) },
    );
  }
}

/** No such account (`user.unknown_user`, 404). */
export function unknownUser(username: string): BaocaoError {
  return new BaocaoError("user.unknown_user", `Không có tài khoản "${username}".`, { username });
}
