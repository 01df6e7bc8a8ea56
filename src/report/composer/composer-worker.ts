import { parentPort, workerData } from "node:worker_threads";
import { Engine } from "../../engine/index.ts";
import { openStore, type StoreLocation } from "../../store/index.ts";
import { inThreadComposer } from "./composer.ts";
import type { WorkerJob } from "./composer-pool.ts";
import { toWire } from "./wire-error.ts";

/** A message from the pool: one job at a time. */
interface JobMessage {
  readonly id: number;
  readonly work: WorkerJob;
}

// One engine of its own per worker, on the same database: the catalogue and units are checked
// for changes before each job (one small read), the figures are read as of that moment.
const port = parentPort;
if (!port) throw new Error("composer-worker.ts runs only as a worker thread");
const { location } = workerData as { location: StoreLocation };
const store = await openStore(location.config, location.options);
const engine = await Engine.open(store);
const composer = inThreadComposer(engine);

port.on("message", async ({ id, work }: JobMessage) => {
  try {
    await engine.refresh();
    const result =
      work.kind === "compose"
        ? await composer.compose(work.job)
        : await composer.checkReadable(work.job);
    port.postMessage({ id, ok: true, result });
  } catch (error) {
    port.postMessage({ id, ok: false, error: toWire(error) });
  }
});
port.postMessage({ ready: true });
