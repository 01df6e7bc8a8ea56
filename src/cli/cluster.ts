import cluster from "node:cluster";
import { BaocaoError } from "../core/errors.ts";
import type { CliIo } from "./context.ts";

/**
 * Serves with several processes on one port (node:cluster): the primary forks `workers` copies
 * of this same command, each serving on its own event loop, and forks a new one when a worker
 * dies unexpectedly; Ctrl+C (SIGINT) or SIGTERM stops them all. Every process reads sessions,
 * locks and the data counter from the one database, so a logout, a lock or a new figure is seen
 * by all of them at once. With `workers` ≤ 1 the command simply serves in this process.
 */
export async function serveInWorkers(
  workers: number,
  serveHere: () => Promise<void>,
  io: CliIo,
): Promise<void> {
  if (workers <= 1) return serveHere();
  if (!cluster.isPrimary) {
    await serveHere();
    // The channel to the primary would keep this process alive once it has stopped serving.
    cluster.worker?.disconnect();
    return;
  }
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    // A worker that stopped cleanly was asked to (Ctrl+C reaches the whole process group).
    const asked = code === 0 || signal === "SIGINT" || signal === "SIGTERM";
    if (stopping || asked) return;
    io.err(
      `Tiến trình phục vụ ${worker.process.pid} dừng (${signal ?? `mã ${code}`}); khởi động tiến trình thay thế.`,
    );
    fork();
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  stopping = true;
  const exited = Object.values(cluster.workers ?? {}).map(
    (worker) =>
      new Promise<void>((resolve) => {
        if (!worker || worker.isDead()) return resolve();
        worker.once("exit", () => resolve());
        worker.process.kill("SIGTERM");
      }),
  );
  await Promise.all(exited);
  // Closes the shared listening socket the primary holds for its workers.
  await new Promise<void>((resolve) => cluster.disconnect(() => resolve()));
}

/** Reads `--workers`: a whole number from 1 to 64, or "auto" for one per core. */
export function workerCount(text: string | undefined, cores: number): number {
  if (text === undefined || text === "") return 1;
  if (text === "auto") return Math.max(1, cores);
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new BaocaoError(
      "cli.invalid_option",
      `--workers phải là số nguyên từ 1 đến 64 hoặc "auto" (nhận "${text}").`,
      { option: "workers", value: text },
    );
  return n;
}
