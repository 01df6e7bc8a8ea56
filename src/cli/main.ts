import { Command, CommanderError } from "commander";
import { isBaocaoError } from "../core/errors.ts";
import { registerCommands } from "./command-registry.ts";
import { type CliIo, processIo } from "./context.ts";
import { helpCommand, usageErrorVi } from "./usage-errors.ts";
import { VERSION } from "./version.ts";

/** Exit codes every command keeps: success, a failure of the work, a wrong command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Runs the `baocao` command line and returns the exit code instead of exiting. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = new Command("baocao")
    .description("baocao — báo cáo kinh tế - xã hội hằng tháng của chính quyền địa phương")
    .version(VERSION, "-v, --version", "in phiên bản")
    .helpOption("-h, --help", "xem hướng dẫn")
    .option("--debug", "in chi tiết lỗi (stack trace)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // Usage errors are written in Vietnamese by `main` (one line and where to find help).
      outputError: () => {},
    });
  program.addHelpText(
    "after",
    "\nBiến môi trường:\n  DATABASE_URL  postgres://… để dùng PostgreSQL; mặc định SQLite tại ./data/baocao.db",
  );

  try {
    // argv is node's: the program and the script come first.
    await registerCommands(program, io, argv.slice(2));
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = ["commander.helpDisplayed", "commander.version", "commander.help"];
      if (quiet.includes(error.code)) return EXIT.ok;
      // argv is node's: the program and the script come first.
      const help = helpCommand(program, argv.slice(2));
      io.err(`Lỗi: ${usageErrorVi(error)} Xem hướng dẫn: ${help} --help`);
      return EXIT.usage;
    }
    const debug = argv.includes("--debug");
    io.err(
      `Lỗi: ${isBaocaoError(error) || error instanceof Error ? error.message : String(error)}`,
    );
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.failed;
  }
}
