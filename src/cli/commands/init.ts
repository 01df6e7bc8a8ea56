import type { Command } from "commander";
import { Accounts } from "../../services/accounts/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { readPassword } from "../read-password.ts";

/**
 * `baocao init`: the first administrator of a new installation, after the units are imported.
 * It refuses a database that already has accounts, so it can be left in an install script.
 */
export function registerInit(program: Command, io: CliIo): void {
  program
    .command("init")
    .description("Tạo tài khoản quản trị đầu tiên (chỉ khi chưa có tài khoản nào)")
    .requiredOption("--unit <code>", "mã đơn vị gốc mà quản trị viên quản lý, ví dụ NGA_NAM")
    .option("--username <name>", "tên đăng nhập", "quantri")
    .option("--name <text>", "họ tên hiển thị", "Quản trị hệ thống")
    .option("--password-stdin", "đọc mật khẩu từ đầu vào chuẩn (dòng đầu tiên)")
    .action(
      async (
        options: { unit: string; username: string; name: string; passwordStdin?: boolean },
        cmd: Command,
      ) => {
        const password = await readPassword(io, cmd, {
          fromStdin: options.passwordStdin,
          confirm: true,
          example: "baocao init --unit …",
        });
        await withMigratedStore(io, async (store) => {
          await new Accounts(store).initFirstAdmin(
            options.username,
            options.name,
            password,
            options.unit,
          );
          io.out(
            `Đã tạo quản trị viên "${options.username}" trên ${options.unit}. Chạy baocao serve rồi đăng nhập; các tài khoản khác tạo trên màn hình Tài khoản (/users).`,
          );
        });
      },
    );
}
