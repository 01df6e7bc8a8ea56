import type { Command } from "commander";
import { databaseConfigFrom, migrateToLatest, openStore, redact } from "../../store/index.ts";
import type { CliIo } from "../context.ts";

/** `baocao migrate`: creates the database if needed and applies every pending migration. */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command("migrate")
    .description("Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu (chạy lại không thay đổi gì)")
    .option("--create", "tạo cả thư mục chứa tệp SQLite nếu chưa có")
    .action(async (options: { create?: boolean }) => {
      const config = databaseConfigFrom(io.env);
      const store = await openStore(config, options.create ? { createFolders: true } : {});
      try {
        const { applied } = await migrateToLatest(store);
        const where = config.engine === "sqlite" ? config.path : redact(config.url);
        io.out(
          applied.length === 0
            ? `Cơ sở dữ liệu ${where} đã ở phiên bản mới nhất.`
            : `Đã áp dụng ${applied.length} chuyển đổi cho ${where}: ${applied.join(", ")}.`,
        );
      } finally {
        await store.close();
      }
    });
}
