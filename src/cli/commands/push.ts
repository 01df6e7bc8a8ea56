import { basename } from "node:path";
import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { disaggregationKey } from "../../engine/index.ts";
import { readValuesCsv, type ValueRow } from "../../formats/index.ts";
import { type ApiCall, api, type ValueChange } from "../../server/contract/index.ts";
import type { CliIo } from "../context.ts";
import { readFileOrRefuse } from "../file-errors.ts";
import { readPassword } from "../read-password.ts";
import { signedInClient } from "../session-client.ts";

/** The most values one request may carry (the API's limit). */
const MAX_VALUES = 5000;

/**
 * `baocao push <values.csv…> --server URL --user NAME`: sends values to a baocao server through
 * its API, as that account — for a ward or a department that keeps its figures in a spreadsheet.
 * Each value is sent with the version the server holds now, so a value someone changed on the
 * server in the meantime is refused (409) rather than overwritten; all values or none are saved.
 */
export function registerPush(program: Command, io: CliIo): void {
  program
    .command("push")
    .description("Gửi số liệu (.csv) lên máy chủ baocao qua API, bằng tài khoản của mình")
    .argument("<files...>", "các tệp số liệu CSV")
    .requiredOption("--server <url>", "địa chỉ máy chủ, ví dụ http://127.0.0.1:3000")
    .requiredOption("--user <name>", "tài khoản đăng nhập")
    .option("--password-stdin", "đọc mật khẩu từ đầu vào chuẩn (dòng đầu tiên)")
    .option("--dry-run", "chỉ đọc tệp và hỏi phiên bản trên máy chủ, không gửi")
    .action(
      async (
        paths: string[],
        options: { server: string; user: string; passwordStdin?: boolean; dryRun?: boolean },
        cmd: Command,
      ) => {
        const rows = paths.flatMap((path) => readValuesCsv(readFileOrRefuse(path), basename(path)));
        if (rows.length > MAX_VALUES)
          throw new BaocaoError(
            "push.too_many",
            `Tệp có ${rows.length} giá trị, quá ${MAX_VALUES} giá trị một lần gửi: hãy chia nhỏ tệp hoặc dùng baocao import trên máy chủ.`,
            { values: rows.length, max: MAX_VALUES },
          );
        const password = await readPassword(io, cmd, {
          fromStdin: options.passwordStdin,
          example: "baocao push …",
        });
        const call = await signedInClient(options.server, options.user, password);
        const values = await withServerVersions(call, rows);
        if (options.dryRun) {
          io.out(`Kiểm tra xong: ${values.length} giá trị sẵn sàng gửi (chưa gửi gì).`);
          return;
        }
        const result = await call(api.values.save, { body: { values } });
        const count = (action: string) => result.outcomes.filter((o) => o.action === action).length;
        io.out(
          `Đã gửi ${values.length} giá trị lên ${options.server}: ${count("create")} mới, ${count("update")} cập nhật, ${count("unchanged")} không đổi.`,
        );
        for (const f of result.findings) io.err(`Cảnh báo (${f.rule}): ${f.message}`);
      },
    );
}

/** The rows as API changes, each with the version the server holds for it now. */
async function withServerVersions(
  call: ApiCall,
  rows: readonly ValueRow[],
): Promise<ValueChange[]> {
  const versions = new Map<string, number>();
  const months = new Set(rows.map((r) => `${r.input.unit}|${r.input.period}`));
  for (const month of months) {
    const [unit = "", period = ""] = month.split("|");
    const form = await call(api.values.entry, { query: { unit, period } });
    for (const indicator of form.sectors.flatMap((s) => s.indicators))
      for (const cell of indicator.cells)
        versions.set(`${month}|${indicator.code}|${cell.disaggregation}`, cell.version);
  }
  return rows.map(({ input }) => {
    const disaggregation = disaggregationKey(input.disaggregation ?? {});
    return {
      indicator: input.indicator,
      unit: input.unit,
      period: input.period,
      disaggregation,
      value: input.value,
      ...(input.textValue !== undefined ? { textValue: input.textValue } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      expectedVersion:
        versions.get(`${input.unit}|${input.period}|${input.indicator}|${disaggregation}`) ?? 0,
    };
  });
}
