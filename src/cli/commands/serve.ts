import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { BaocaoError } from "../../core/errors.ts";
import { buildApp, parseLogLevel, parseSessionHours, parseTrustProxy } from "../../server/index.ts";
import type { SignInHint } from "../../services/accounts/index.ts";
import type { Store } from "../../store/index.ts";
import { serveInWorkers, workerCount } from "../cluster.ts";
import { type CliIo, withMigratedStore } from "../context.ts";
import {
  mailerOf,
  type ReminderOptions,
  remindDaysBefore,
  withReminderOptions,
} from "../reminder-options.ts";
import { VERSION } from "../version.ts";

/** The built web app (`npm run build -w web`), served at `/` when present. */
const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** Options shared by `serve` and `demo`. */
export interface ServeOptions extends ReminderOptions {
  readonly port: string;
  readonly host: string;
  /** Serving processes (`serve` only): a number, or "auto" for one per core. */
  readonly workers?: string;
  readonly trustProxy?: string;
  readonly secureCookies: boolean;
  readonly logLevel?: string;
  readonly sessionHours?: string;
  /** False with `--no-reminders`: this server never sweeps (another one, or cron, does). */
  readonly reminders: boolean;
}

/** Adds the listening options to a command. */
export function withServeOptions(command: Command, io: CliIo): Command {
  return withReminderOptions(command, io)
    .option("--no-reminders", "không tự nhắc gửi báo cáo (mỗi giờ) từ máy chủ này")
    .option("-p, --port <port>", "cổng lắng nghe", io.env.PORT ?? "3000")
    .option("--host <host>", "địa chỉ lắng nghe", io.env.HOST ?? "127.0.0.1")
    .option(
      "--trust-proxy <hops|addresses>",
      "máy chủ đứng sau proxy (nginx): số lớp proxy, hoặc địa chỉ IP/mạng của proxy cách nhau bằng dấu phẩy; khi đó địa chỉ người dùng lấy từ X-Forwarded-For (biến BAOCAO_TRUST_PROXY)",
      io.env.BAOCAO_TRUST_PROXY,
    )
    .option(
      "--secure-cookies",
      "luôn đánh dấu cookie phiên là Secure (chỉ gửi qua HTTPS); không có tùy chọn này thì cookie là Secure khi yêu cầu đến qua HTTPS (biến BAOCAO_SECURE_COOKIES=1)",
      isOn(io.env.BAOCAO_SECURE_COOKIES),
    )
    .option(
      "--log-level <level>",
      "mức ghi nhật ký (JSON, kèm mã yêu cầu): error (mặc định: chỉ lỗi phía máy chủ), info (mọi yêu cầu), warn, debug, silent (biến BAOCAO_LOG_LEVEL)",
      io.env.BAOCAO_LOG_LEVEL,
    )
    .option(
      "--session-hours <hours>",
      "phiên đăng nhập hết hạn sau chừng ấy giờ không dùng (mặc định 12) (biến BAOCAO_SESSION_HOURS)",
      io.env.BAOCAO_SESSION_HOURS,
    );
}

/** Refuses a wrong listening setting before the database is opened or changed. */
export function checkServeOptions(options: ServeOptions): void {
  parseTrustProxy(options.trustProxy);
  parseLogLevel(options.logLevel);
  parseSessionHours(options.sessionHours);
  remindDaysBefore(options);
}

function isOn(value: string | undefined): boolean {
  return ["1", "true", "yes", "on"].includes((value ?? "").trim().toLowerCase());
}

/** `baocao serve`: migrates, then serves the HTTP API until interrupted. */
export function registerServe(program: Command, io: CliIo): void {
  withServeOptions(program.command("serve"), io)
    .description("Chạy máy chủ HTTP (tự cập nhật cấu trúc dữ liệu trước)")
    .option(
      "--workers <n>",
      'số tiến trình phục vụ cùng một cổng ("auto": mỗi lõi CPU một tiến trình) (biến BAOCAO_WORKERS)',
      io.env.BAOCAO_WORKERS,
    )
    .action(async (options: ServeOptions) => {
      checkServeOptions(options);
      mailerOf(options)?.close();
      const workers = workerCount(options.workers, availableParallelism());
      // The primary brings the schema up to date once, before any worker opens the database.
      if (workers > 1 && cluster.isPrimary) await withMigratedStore(io, async () => {});
      await serveInWorkers(
        workers,
        () =>
          withMigratedStore(io, (store) =>
            serveUntilStopped(store, options, io, { processes: workers }),
          ),
        io,
      );
    });
}

/** Listens on the given port and resolves when the process is asked to stop. */
export async function serveUntilStopped(
  store: Store,
  options: ServeOptions,
  io: CliIo,
  extra: { readonly demoHint?: SignInHint; readonly processes?: number } = {},
): Promise<void> {
  const { demoHint, processes = 1 } = extra;
  const trustProxy = parseTrustProxy(options.trustProxy);
  const logLevel = parseLogLevel(options.logLevel);
  const sessionHours = parseSessionHours(options.sessionHours);
  const mailer = mailerOf(options);
  const app = await buildApp({
    store,
    version: VERSION,
    webRoot: WEB_ROOT,
    warmUp: true,
    // Several serving processes share the cores: one composing thread each.
    ...(processes > 1 ? { composeWorkers: 1 } : {}),
    ...(trustProxy === undefined ? {} : { trustProxy }),
    ...(options.secureCookies ? { secureCookies: true } : {}),
    ...(logLevel ? { logLevel } : {}),
    ...(sessionHours === undefined ? {} : { sessionHours }),
    ...(demoHint ? { demoHint } : {}),
    ...(mailer ? { mailer } : {}),
    ...(options.reminders
      ? { reminderSweeps: { everyMinutes: 60, daysBefore: remindDaysBefore(options) } }
      : {}),
  });
  const address = await listenOrRefuse(app, Number(options.port), options.host);
  // With several processes each says which it is, so an operator can match logs and pids.
  const who = processes > 1 ? `[${process.pid}] ` : "";
  io.err(
    `${who}baocao ${VERSION} đang chạy tại ${address} (cơ sở dữ liệu: ${store.engine}). Nhấn Ctrl+C để dừng.`,
  );
  io.err(
    existsSync(WEB_ROOT)
      ? `Mở ${address} trong trình duyệt; tài liệu API: ${address}/api/docs`
      : `Chưa có giao diện web (chạy: npm run build -w web); tài liệu API: ${address}/api/docs`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
}

/** Listens, or closes the app and says in Vietnamese why the address cannot be taken. */
async function listenOrRefuse(
  app: Awaited<ReturnType<typeof buildApp>>,
  port: number,
  host: string,
): Promise<string> {
  try {
    return await app.listen({ port, host });
  } catch (error) {
    await app.close();
    const code = (error as { code?: string }).code;
    const reason =
      code === "EADDRINUSE"
        ? "đang có chương trình khác dùng (một baocao khác đang chạy?); chọn cổng khác bằng --port"
        : code === "EACCES"
          ? "cổng dưới 1024 cần quyền quản trị; dùng cổng từ 1024 trở lên sau nginx"
          : code === "EADDRNOTAVAIL" || code === "ENOTFOUND"
            ? "máy này không có địa chỉ đó; kiểm tra --host"
            : error instanceof Error
              ? error.message
              : String(error);
    throw new BaocaoError(
      "server.listen_failed",
      `Không mở được cổng ${host}:${port}: ${reason}.`,
      {
        host,
        port,
      },
    );
  }
}
