import type { Command } from "commander";
import { Engine } from "../../engine/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";

/** `baocao rebuild-rollups`: recomputes every stored aggregate from the raw values. */
export function registerRebuildRollups(program: Command, io: CliIo): void {
  program
    .command("rebuild-rollups")
    .description("Tính lại toàn bộ số tổng hợp từ số liệu gốc")
    .action(async () => {
      await withMigratedStore(io, async (store) => {
        const started = performance.now();
        const engine = await Engine.open(store);
        await engine.rebuildRollups();
        io.out(`Đã tính lại số tổng hợp trong ${Math.round(performance.now() - started)} ms.`);
      });
    });
}
