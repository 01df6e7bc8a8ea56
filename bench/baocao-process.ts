/** Runs the `baocao` command in child processes for the benchmarks that need a real server. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const BIN = join(import.meta.dirname, "../bin/baocao.js");

/** Runs `baocao <command>` to its end; rejects on a non-zero exit. */
export function runBaocao(command: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn("node", [BIN, ...command], { env, stdio: "inherit" });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`baocao ${command.join(" ")}: exit ${code}`)),
    );
  });
}

/**
 * Starts `baocao serve` (with extra node flags, e.g. `--cpu-prof`, and extra serve options, e.g.
 * `--workers 2`) and waits until it answers.
 */
export async function serveBaocao(
  port: number,
  env: NodeJS.ProcessEnv,
  nodeFlags: readonly string[] = [],
  serveOptions: readonly string[] = [],
): Promise<{ readonly base: string; stop(): Promise<void> }> {
  const args = [...nodeFlags, BIN, "serve", "--port", String(port), ...serveOptions];
  const server = spawn("node", args, {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return {
    base,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    },
  };
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the server did not start");
}
