#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a clean clone needs no build step.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Old-space limit (MiB) of `baocao import` of CSV and catalogue files. A file of millions of rows
 * makes short-lived garbage row by row, and V8 lets an unbounded heap grow by a hundred MB and
 * more between collections (2,000,000 rows: peak RSS ~370 MB unbounded, 285 MB with this limit,
 * measured); what an import keeps (the keys seen, the rows' origins) is in typed arrays outside
 * it. An .xlsx form is read whole by ExcelJS, so its import keeps V8's default.
 */
const IMPORT_HEAP_MB = 128;

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
    [
      ...process.execArgv,
      `--max-old-space-size=${IMPORT_HEAP_MB}`,
      fileURLToPath(import.meta.url),
      ...args,
    ],
    { stdio: "inherit" },
  );
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
} else {
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv);
}
