#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a clean clone needs no build step.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Heap limits (MiB) of `baocao import` of CSV and catalogue files. A file of millions of rows
 * makes short-lived garbage row by row, and V8 lets an unbounded heap grow by a hundred MB and
 * more between collections. 2,000,000 rows, measured: peak RSS 351 MB unbounded (load ~9),
 * 298–306 MB with the old space at 128 MiB, 272 MB with the young generation's semi-spaces at
 * 8 MiB too (default 16), at the same rate (quiet machine). What an import keeps (the keys seen, the rows'
 * origins) is in typed arrays outside these limits. An .xlsx form is read whole by ExcelJS, so
 * its import keeps V8's defaults.
 */
const IMPORT_HEAP = ["--max-old-space-size=128", "--max-semi-space-size=8"];

const args = process.argv.slice(2);
const command = args.find((arg) => !arg.startsWith("-"));
const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
const bounded = flags.some((flag) => flag.startsWith("--max-old-space-size"));

const form = args.some((arg) => /\.xlsx$/i.test(arg));

if (command === "import" && !bounded && !form) {
  // Node sets its heap limit only at start: the import runs in a process started with it. This
  // one waits for it without loading anything else, and leaves Ctrl-C to the import (which
  // rolls back) instead of dying first.
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...IMPORT_HEAP, fileURLToPath(import.meta.url), ...args],
    { stdio: "inherit" },
  );
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
} else {
  // A reader that stops early (`baocao units | head`) closes the pipe: the output is done, not failed.
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv);
}
