import type { Command } from "commander";
import { type CliIo, withMigratedStore } from "../context.ts";
import { type ServeOptions, serveUntilStopped, withServeOptions } from "./serve.ts";

/**
 * `baocao demo`: prepares the embedded database and serves it. The reference dataset
 * (Ngã Năm, August 2023) is loaded here once it exists; until then the database is empty.
 */
export function registerDemo(program: Command, io: CliIo): void {
  withServeOptions(program.command("demo"), io)
    .description("Chuẩn bị dữ liệu mẫu và chạy máy chủ")
    .option("--no-serve", "chỉ chuẩn bị dữ liệu, không chạy máy chủ")
    .action(async (options: ServeOptions & { serve: boolean }) => {
      await withMigratedStore(io, async (store) => {
        io.err(`Cơ sở dữ liệu ${store.engine} đã sẵn sàng.`);
        if (options.serve) await serveUntilStopped(store, options, io);
      });
    });
}
