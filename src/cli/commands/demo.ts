import type { Command } from "commander";
import { Engine } from "../../engine/index.ts";
import { readImportFiles } from "../../formats/index.ts";
import { Accounts } from "../../services/accounts/index.ts";
import type { Store } from "../../store/index.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIGN_IN_HINT, DEMO_WRITER } from "../demo-accounts.ts";
import { assertDemoDatabase } from "../demo-guard.ts";
import { ensureDemoReport } from "../demo-report.ts";
import { referenceDatasetFiles } from "../reference-dataset.ts";
import {
  checkServeOptions,
  type ServeOptions,
  serveUntilStopped,
  withServeOptions,
} from "./serve.ts";

/**
 * `baocao demo`: loads the reference dataset (Ngã Năm town, August 2023) into the configured
 * database — loading it again changes nothing — creates the demo accounts, and serves it with
 * the accounts shown on the login page. Refuses a database with anything but demo data in it.
 */
export function registerDemo(program: Command, io: CliIo): void {
  withServeOptions(program.command("demo"), io)
    .description("Nạp bộ dữ liệu mẫu (thị xã Ngã Năm, tháng 8/2023) rồi chạy máy chủ")
    .option("--no-serve", "chỉ nạp dữ liệu, không chạy máy chủ")
    .action(async (options: ServeOptions & { serve: boolean }) => {
      checkServeOptions(options);
      await withMigratedStore(io, async (store) => {
        await assertDemoDatabase(store);
        const engine = await Engine.open(store);
        const { bundle } = readImportFiles(referenceDatasetFiles());
        const summary = await engine.import(bundle, { by: DEMO_WRITER, via: "import" });
        const v = summary.values;
        io.err(
          `Đã nạp bộ dữ liệu mẫu Ngã Năm 2023 vào ${store.engine}: ${v.created} giá trị mới, ${v.updated} cập nhật, ${v.unchanged} không đổi.`,
        );
        await ensureDemoAccounts(store, io);
        if (await ensureDemoReport(engine, new Date().toISOString()))
          io.err("Đã tạo bản nháp báo cáo tháng 8/2023 của thị xã Ngã Năm từ mẫu báo cáo.");
        if (options.serve)
          await serveUntilStopped(store, options, io, { demoHint: DEMO_SIGN_IN_HINT });
      });
    });
}

/** Creates the demo accounts that are missing (an existing one keeps its password) and lists them. */
async function ensureDemoAccounts(store: Store, io: CliIo): Promise<void> {
  const accounts = new Accounts(store, undefined, DEMO_WRITER);
  let created = 0;
  for (const spec of DEMO_ACCOUNTS) if (await accounts.ensure(spec)) created += 1;
  io.err(
    `Tài khoản dùng thử (mật khẩu ${DEMO_PASSWORD}${created ? `; ${created} tài khoản mới tạo` : ""}):`,
  );
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  for (const a of DEMO_ACCOUNTS) {
    const grants = a.grants.map((g) => `${g.role} trên ${g.unit}`).join(", ");
    io.err(`  ${a.username.padEnd(width)}  ${grants} — ${a.displayName}`);
  }
}
