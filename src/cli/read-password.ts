import type { Command } from "commander";
import type { CliIo } from "./context.ts";

/**
 * A password: the first line of standard input with `--password-stdin`, else asked on the
 * terminal (twice when `confirm`, for a new password) — never taken from the command line.
 */
export async function readPassword(
  io: CliIo,
  cmd: Command,
  options: { fromStdin?: boolean; confirm?: boolean; example: string },
): Promise<string> {
  if (options.fromStdin) {
    if (!io.readStdin) return cmd.error("Không đọc được đầu vào chuẩn.");
    return (await io.readStdin()).split(/\r?\n/)[0] ?? "";
  }
  if (!io.prompt) {
    return cmd.error(
      `Không có màn hình để hỏi mật khẩu: dùng --password-stdin, ví dụ: printf '%s\\n' "$MAT_KHAU" | ${options.example}`,
    );
  }
  const first = await io.prompt("Mật khẩu: ", true);
  if (!options.confirm) return first;
  const second = await io.prompt("Nhập lại mật khẩu: ", true);
  if (first !== second) return cmd.error("Hai lần nhập mật khẩu không khớp.");
  return first;
}
