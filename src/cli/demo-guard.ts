import { BaocaoError } from "../core/errors.ts";
import type { Store } from "../store/index.ts";
import { DEMO_ACCOUNTS, DEMO_WRITER } from "./demo-accounts.ts";

/**
 * Refuses to load the demo into a database that holds anything but demo data: accounts other than
 * the demo's, or values, registers, task notes or reports written by someone else. Loading the
 * demo there would add well-known passwords and write the reference figures over edited ones.
 * Checked before anything is written, so a refusal changes nothing.
 */
export async function assertDemoDatabase(store: Store): Promise<void> {
  const demoNames = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  const accounts = (await store.repos.users.list())
    .map((u) => u.username)
    .filter((name) => !demoNames.has(name));
  const writers = await store.repos.authorship.writersOtherThan(DEMO_WRITER);
  if (accounts.length === 0 && writers.length === 0) return;
  const found = [
    ...(accounts.length ? [`tài khoản ${quoteList(accounts)}`] : []),
    ...(writers.length ? [`số liệu do ${quoteList(writers)} nhập hoặc sửa`] : []),
  ].join("; ");
  throw new BaocaoError(
    "demo.real_database",
    `Cơ sở dữ liệu này đã có dữ liệu thật (${found}), nên không nạp dữ liệu mẫu vào: việc đó sẽ thêm các tài khoản dùng thử có mật khẩu ai cũng biết và ghi đè số liệu đã sửa. Không có gì bị thay đổi. Hãy chạy bản dùng thử trên một cơ sở dữ liệu riêng, ví dụ DATABASE_URL=sqlite:./data/demo.db baocao demo.`,
    { accounts, writers },
  );
}

function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((n) => `"${n}"`);
  return names.length > 5 ? `${shown.join(", ")}…` : shown.join(", ");
}
