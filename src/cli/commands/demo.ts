import type { Command } from "commander";
import { Engine } from "../../engine/index.ts";
import { readImportFiles } from "../../formats/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { referenceDatasetFiles } from "../reference-dataset.ts";
import { type ServeOptions, serveUntilStopped, withServeOptions } from "./serve.ts";

/**
 * `baocao demo`: loads the reference dataset (Ngã Năm town, August 2023) into the configured
 * database — loading it again changes nothing — and serves it.
 */
export function registerDemo(program: Command, io: CliIo): void {
  withServeOptions(program.command("demo"), io)
    .description("Nạp bộ dữ liệu mẫu (thị xã Ngã Năm, tháng 8/2023) rồi chạy máy chủ")
    .option("--no-serve", "chỉ nạp dữ liệu, không chạy máy chủ")
    .action(async (options: ServeOptions & { serve: boolean }) => {
      await withMigratedStore(io, async (store) => {
        const engine = await Engine.open(store);
        const { bundle } = readImportFiles(referenceDatasetFiles());
        const summary = await engine.import(bundle, { by: "demo", via: "import" });
        const v = summary.values;
        io.err(
          `Đã nạp bộ dữ liệu mẫu Ngã Năm 2023 vào ${store.engine}: ${v.created} giá trị mới, ${v.updated} cập nhật, ${v.unchanged} không đổi.`,
        );
        if (options.serve) await serveUntilStopped(store, options, io);
      });
    });
}
