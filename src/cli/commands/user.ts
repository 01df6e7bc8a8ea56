import { Argument, type Command } from "commander";
import { ROLES } from "../../core/access/index.ts";
import { BaocaoError } from "../../core/errors.ts";
import { Accounts, type AccountView } from "../../services/accounts/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { printRows, withFormatOption } from "../output.ts";
import { readPassword } from "../read-password.ts";

/**
 * `baocao user add|passwd|email|grant|revoke|disable|enable|list`: local accounts and the roles they
 * hold on unit subtrees. Passwords come from the terminal (asked twice, not echoed) or, for
 * scripts, from standard input with `--password-stdin`; never from the command line, where
 * they would stay in the shell history and the process list.
 */
export function registerUser(program: Command, io: CliIo): void {
  const user = program.command("user").description("Quản lý tài khoản đăng nhập và phân quyền");

  user
    .command("add")
    .description("Tạo tài khoản")
    .argument("<username>", "tên đăng nhập (chữ thường không dấu, số, . _ -)")
    .option("--name <text>", "họ tên hiển thị")
    .option("--password-stdin", "đọc mật khẩu từ đầu vào chuẩn (dòng đầu tiên)")
    .action(
      async (
        username: string,
        options: { name?: string; passwordStdin?: boolean },
        cmd: Command,
      ) => {
        const password = await readNewPassword(io, cmd, options.passwordStdin);
        await withMigratedStore(io, async (store) => {
          await new Accounts(store).add(username, options.name ?? username, password);
          io.out(
            `Đã tạo tài khoản "${username}". Cấp quyền: baocao user grant ${username} <vai trò> <đơn vị>.`,
          );
        });
      },
    );

  user
    .command("passwd")
    .description("Đặt mật khẩu mới (các phiên đang đăng nhập bị đăng xuất)")
    .argument("<username>", "tên đăng nhập")
    .option("--password-stdin", "đọc mật khẩu từ đầu vào chuẩn (dòng đầu tiên)")
    .action(async (username: string, options: { passwordStdin?: boolean }, cmd: Command) => {
      const password = await readNewPassword(io, cmd, options.passwordStdin);
      await withMigratedStore(io, async (store) => {
        const ended = await new Accounts(store).setPassword(username, password);
        io.out(`Đã đổi mật khẩu của "${username}"; ${ended} phiên đăng nhập đã kết thúc.`);
      });
    });

  user
    .command("email")
    .description("Đặt địa chỉ thư điện tử nhận lời nhắc gửi báo cáo (--clear: bỏ)")
    .argument("<username>", "tên đăng nhập")
    .argument("[address]", "địa chỉ, ví dụ nguyenvana@ubnd.vn")
    .option("--clear", "bỏ địa chỉ: chỉ nhắc trong ứng dụng")
    .action(async (username: string, address: string | undefined, options: { clear?: boolean }) => {
      if (!address && !options.clear)
        throw new BaocaoError("cli.invalid_option", "Cần địa chỉ thư điện tử, hoặc --clear.");
      await withMigratedStore(io, async (store) => {
        await new Accounts(store).setEmail(username, options.clear ? null : (address ?? null));
        io.out(
          options.clear
            ? `Đã bỏ địa chỉ thư của "${username}"; lời nhắc chỉ hiện trong ứng dụng.`
            : `Lời nhắc của "${username}" sẽ gửi tới ${address}.`,
        );
      });
    });

  user
    .command("grant")
    .description("Cấp vai trò trên một đơn vị và các đơn vị trực thuộc")
    .argument("<username>", "tên đăng nhập")
    .addArgument(new Argument("<role>", "vai trò").choices(ROLES))
    .argument("<unit>", "mã đơn vị, ví dụ NGA_NAM")
    .action(async (username: string, role: string, unit: string) => {
      await withMigratedStore(io, async (store) => {
        const added = await new Accounts(store).grant(username, role, unit);
        io.out(
          added
            ? `Đã cấp vai trò ${role} trên ${unit} cho "${username}".`
            : `"${username}" đã có vai trò ${role} trên ${unit}; không thay đổi.`,
        );
      });
    });

  user
    .command("revoke")
    .description("Thu hồi vai trò")
    .argument("<username>", "tên đăng nhập")
    .addArgument(new Argument("<role>", "vai trò").choices(ROLES))
    .argument("<unit>", "mã đơn vị")
    .action(async (username: string, role: string, unit: string) => {
      await withMigratedStore(io, async (store) => {
        const removed = await new Accounts(store).revoke(username, role, unit);
        io.out(
          removed
            ? `Đã thu hồi vai trò ${role} trên ${unit} của "${username}".`
            : `"${username}" không có vai trò ${role} trên ${unit}; không thay đổi.`,
        );
      });
    });

  for (const [name, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const) {
    user
      .command(name)
      .description(disabled ? "Khóa tài khoản (đăng xuất mọi phiên)" : "Mở khóa tài khoản")
      .argument("<username>", "tên đăng nhập")
      .action(async (username: string) => {
        await withMigratedStore(io, async (store) => {
          await new Accounts(store).setDisabled(username, disabled);
          io.out(`Đã ${disabled ? "khóa" : "mở khóa"} tài khoản "${username}".`);
        });
      });
  }

  withFormatOption(user.command("list"))
    .description("Liệt kê tài khoản và vai trò")
    .action(async (options: { format?: string }) => {
      await withMigratedStore(io, async (store) => {
        const accounts = await new Accounts(store).list();
        if ((options.format ?? (io.interactive ? "table" : "json")) === "json") {
          io.out(JSON.stringify(accounts, null, 2));
          return;
        }
        printRows(
          io,
          accounts,
          [
            { header: "username", label: "Tên đăng nhập", value: (a: AccountView) => a.username },
            { header: "name", label: "Họ tên", value: (a) => a.displayName, width: 24 },
            { header: "disabled", label: "Khóa", value: (a) => (a.disabled ? "x" : "") },
            {
              header: "grants",
              label: "Quyền (vai trò@đơn vị)",
              value: (a) => a.grants.map((g) => `${g.role}@${g.unit}`).join(" "),
            },
          ],
          options.format,
        );
      });
    });
}

/** The new password: from stdin with the flag, else asked twice on the terminal. */
function readNewPassword(io: CliIo, cmd: Command, fromStdin?: boolean): Promise<string> {
  return readPassword(io, cmd, { fromStdin, confirm: true, example: "baocao user add …" });
}
