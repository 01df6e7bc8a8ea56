import { Worker } from "node:worker_threads";
import { BaocaoError } from "../../core/errors.ts";
import type { StoreLocation } from "../../store/index.ts";
import type { Composed, ComposeJob, Composer, ReadableJob } from "./composer.ts";
import { fromWire, type WireError } from "./wire-error.ts";

/** How many workers, how long a job may run, how many may wait. */
export interface ComposerPoolOptions {
  /** The database the workers open (the same one as the server's). */
  readonly location: StoreLocation;
  readonly size: number;
  readonly timeLimitMs: number;
  readonly queueLimit: number;
  /** The worker module (tests give one that hangs or crashes on purpose). */
  readonly entry?: URL;
  /**
   * Start the workers now rather than on the first job: a worker loads the engine and its
   * catalogue, which takes seconds, so a server warms up at start and its first report opens fast.
   */
  readonly warm?: boolean;
}

/** What a worker is asked to do (see composer-worker.ts). */
export type WorkerJob =
  | { readonly kind: "compose"; readonly job: ComposeJob }
  | { readonly kind: "readable"; readonly job: ReadableJob };

interface Job {
  readonly id: number;
  readonly work: WorkerJob;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  running?: { readonly job: Job; readonly timer: NodeJS.Timeout };
}

type Reply =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WireError };

const ENTRY = new URL("./worker-entry.js", import.meta.url);

/**
 * Composes in worker threads, so a long composition never holds the server's event loop: each
 * worker has its own engine on the same database and takes one job at a time; a job past the time
 * limit is refused (`report.too_slow`) and its worker replaced; a full queue is refused at once
 * (`server.busy`). Workers start on the first job, or at once with `warm`.
 */
export class ComposerPool implements Composer {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ComposerPoolOptions) {
    if (options.warm) this.fill();
  }

  compose(job: ComposeJob): Promise<Composed> {
    return this.run({ kind: "compose", job }) as Promise<Composed>;
  }

  async checkReadable(job: ReadableJob): Promise<void> {
    await this.run({ kind: "readable", job });
  }

  private run(work: WorkerJob): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error("composer pool is closed"));
    if (this.queue.length >= this.options.queueLimit) {
      return Promise.reject(
        new BaocaoError(
          "server.busy",
          "Máy chủ đang soạn nhiều báo cáo cùng lúc; hãy thử lại sau ít giây.",
          { queued: this.queue.length },
        ),
      );
    }
    return new Promise<unknown>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, work, resolve, reject });
      this.fill();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const closing = new Error("composer pool closed");
    for (const job of this.queue.splice(0)) job.reject(closing);
    for (const slot of this.slots) {
      if (!slot.running) continue;
      clearTimeout(slot.running.timer);
      slot.running.job.reject(closing);
    }
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private fill(): void {
    while (this.slots.length < this.options.size) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const entry = this.options.entry ?? ENTRY;
    const worker = new Worker(entry, { workerData: { location: this.options.location } });
    const slot: Slot = { worker, ready: false };
    worker.on("message", (reply: Reply) => this.receive(slot, reply));
    worker.on("error", (error) => this.lose(slot, error));
    worker.on("exit", () => this.lose(slot, new Error("composer worker exited")));
    return slot;
  }

  private receive(slot: Slot, reply: Reply): void {
    if ("ready" in reply) slot.ready = true;
    else if (slot.running?.job.id === reply.id) {
      const { job, timer } = slot.running;
      clearTimeout(timer);
      slot.running = undefined;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(fromWire(reply.error));
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.running) continue;
      const job = this.queue.shift();
      if (!job) return;
      const timer = setTimeout(() => this.timeOut(slot), this.options.timeLimitMs);
      slot.running = { job, timer };
      slot.worker.postMessage({ id: job.id, work: job.work });
    }
  }

  private timeOut(slot: Slot): void {
    const seconds = Math.round(this.options.timeLimitMs / 1000);
    const error = new BaocaoError(
      "report.too_slow",
      `Soạn báo cáo mất quá ${seconds} giây nên đã dừng; hãy rút gọn mẫu (ít số liệu động hơn) rồi thử lại.`,
      { timeLimitMs: this.options.timeLimitMs },
    );
    this.replace(slot, error);
  }

  /**
   * A worker that failed or exited: its job fails and a new worker takes its place. One that
   * never started (the database unreachable, say) fails the waiting jobs instead of being
   * restarted in a loop; the next job tries again.
   */
  private lose(slot: Slot, error: Error): void {
    if (this.closed || !this.slots.includes(slot)) return;
    if (slot.ready) {
      this.replace(slot, error);
      return;
    }
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    if (this.slots.length > 0) return;
    for (const job of this.queue.splice(0)) job.reject(error);
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    if (slot.running) {
      clearTimeout(slot.running.timer);
      slot.running.job.reject(error);
      slot.running = undefined;
    }
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.spawn());
    this.dispatch();
  }
}
