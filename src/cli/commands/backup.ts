import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { formatNumber } from "../../core/numbers/index.ts";
import { backupDatabase, databaseConfigFrom, restoreDatabase } from "../../store/index.ts";
import type { CliIo } from "../context.ts";

/**
 * `baocao backup FILE` and `baocao restore FILE --yes`: a whole copy of the database, made while
 * the server runs, and its return. Restore replaces everything, so it asks for `--yes`.
 */
export function registerBackup(program: Command, io: CliIo): void {
  program
    .command("backup")
    .description("Sao lưu toàn bộ cơ sở dữ liệu vào một tệp (máy chủ vẫn chạy bình thường)")
    .argument(
      "<file>",
      "tệp sao lưu mới, ví dụ backup/baocao-2026-12-03.db (hoặc .dump với PostgreSQL)",
    )
    .action(async (file: string) => {
      const summary = await backupDatabase(
        { config: databaseConfigFrom(io.env), options: {} },
        file,
      );
      io.out(`Đã sao lưu vào ${summary.file} (${megabytes(summary.bytes)} MB).`);
    });

  program
    .command("restore")
    .description("Khôi phục cơ sở dữ liệu từ tệp sao lưu (thay toàn bộ dữ liệu hiện có)")
    .argument("<file>", "tệp do baocao backup tạo ra")
    .option("--yes", "xác nhận thay toàn bộ dữ liệu hiện có bằng bản sao lưu")
    .action(async (file: string, options: { yes?: boolean }) => {
      if (!options.yes)
        throw new BaocaoError(
          "backup.confirm",
          `Khôi phục sẽ thay toàn bộ số liệu, tài khoản và báo cáo hiện có bằng nội dung của "${file}". Chạy lại với --yes để xác nhận.`,
          { file },
        );
      const summary = await restoreDatabase(
        { config: databaseConfigFrom(io.env), options: {} },
        file,
      );
      io.out(
        `Đã khôi phục từ ${summary.file}. Khởi động lại baocao serve (nếu đang chạy) để máy chủ đọc dữ liệu đã khôi phục.`,
      );
    });
}

function megabytes(bytes: number): string {
  return formatNumber(bytes / 1024 / 1024, { decimals: 1, minDecimals: 0, locale: "vi" });
}
