import { type Command, Option } from "commander";
import { parseIsoDate, vietnamDate } from "../../core/time/index.ts";
import type { UnitKind } from "../../core/units/index.ts";
import { Accounts, type RootUnit } from "../../services/accounts/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { readPassword } from "../read-password.ts";

/** The words `--unit-kind` takes, as people say them, and the kinds they stand for. */
const UNIT_KINDS: Readonly<Record<string, UnitKind>> = {
  xa: "commune",
  phuong: "commune",
  tinh: "province",
  huyen: "district",
  nganh: "agency",
};

interface InitOptions {
  readonly unit: string;
  readonly unitName?: string;
  readonly unitNameEn?: string;
  readonly unitKind: string;
  readonly from?: string;
  readonly username: string;
  readonly name: string;
  readonly passwordStdin?: boolean;
}

/**
 * `baocao init`: the first administrator of a new installation. Over a unit already imported, or,
 * with `--unit-name`, over a root unit it creates (a database started from nothing: everything
 * else is then made on the web screens). It refuses a database that already has accounts, so it
 * can be left in an install script.
 */
export function registerInit(program: Command, io: CliIo): void {
  program
    .command("init")
    .description(
      "Tạo tài khoản quản trị đầu tiên (chỉ khi chưa có tài khoản nào), và đơn vị gốc nếu chưa có",
    )
    .requiredOption("--unit <code>", "mã đơn vị gốc mà quản trị viên quản lý, ví dụ NGA_NAM")
    .option("--unit-name <text>", 'tên đơn vị gốc khi cần tạo mới, ví dụ "Xã Mới"')
    .option("--unit-name-en <text>", "tên tiếng Anh của đơn vị gốc (mặc định: tên tiếng Việt)")
    .addOption(
      new Option("--unit-kind <kind>", "cấp của đơn vị gốc khi tạo mới")
        .choices(Object.keys(UNIT_KINDS))
        .default("xa"),
    )
    .option("--from <date>", "ngày đơn vị gốc bắt đầu có, YYYY-MM-DD (mặc định: hôm nay)")
    .option("--username <name>", "tên đăng nhập", "quantri")
    .option("--name <text>", "họ tên hiển thị", "Quản trị hệ thống")
    .option("--password-stdin", "đọc mật khẩu từ đầu vào chuẩn (dòng đầu tiên)")
    .action(async (options: InitOptions, cmd: Command) => {
      const root = rootUnit(options);
      const password = await readPassword(io, cmd, {
        fromStdin: options.passwordStdin,
        confirm: true,
        example: "baocao init --unit …",
      });
      await withMigratedStore(io, async (store) => {
        const { unitCreated } = await new Accounts(store).initFirstAdmin(
          options.username,
          options.name,
          password,
          options.unit,
          root,
        );
        const where = unitCreated
          ? `trên đơn vị gốc mới ${options.unit} (${root?.nameVi})`
          : `trên ${options.unit}`;
        io.out(
          `Đã tạo quản trị viên "${options.username}" ${where}. Chạy baocao serve rồi đăng nhập; các tài khoản khác tạo trên màn hình Tài khoản (/users).`,
        );
      });
    });
}

/** The root unit to create if it is missing, from `--unit-name` (none without it). */
function rootUnit(options: InitOptions): RootUnit | undefined {
  if (!options.unitName?.trim()) return undefined;
  const from = options.from ?? vietnamDate(new Date().toISOString());
  parseIsoDate(from);
  return {
    nameVi: options.unitName,
    ...(options.unitNameEn ? { nameEn: options.unitNameEn } : {}),
    kind: UNIT_KINDS[options.unitKind] ?? "commune",
    from,
  };
}
