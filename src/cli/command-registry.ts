import type { Command } from "commander";
import type { CliIo } from "./context.ts";

type Register = (program: Command, io: CliIo) => void;

/** A module of commands: the top-level names it registers, and how to load it. */
interface CommandModule {
  readonly names: readonly string[];
  readonly load: () => Promise<Register>;
}

/**
 * Every command module, in the order `baocao --help` lists them. Loaded on demand: `import` of a
 * 2-million-row file need not hold the web server, the report renderer, DOCX and XLSX in memory
 * (all of them loaded at start took ~40 MB of every command's resident memory, measured).
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  { names: ["migrate"], load: async () => (await import("./commands/migrate.ts")).registerMigrate },
  { names: ["init"], load: async () => (await import("./commands/init.ts")).registerInit },
  { names: ["serve"], load: async () => (await import("./commands/serve.ts")).registerServe },
  { names: ["demo"], load: async () => (await import("./commands/demo.ts")).registerDemo },
  {
    names: ["rebuild-rollups"],
    load: async () => (await import("./commands/rebuild-rollups.ts")).registerRebuildRollups,
  },
  { names: ["import"], load: async () => (await import("./commands/import.ts")).registerImport },
  {
    names: ["units", "indicators"],
    load: async () => (await import("./commands/catalogue-lists.ts")).registerCatalogueLists,
  },
  {
    names: ["tasks", "task"],
    load: async () => (await import("./commands/tasks.ts")).registerTasks,
  },
  {
    names: ["submissions"],
    load: async () => (await import("./commands/submissions.ts")).registerSubmissions,
  },
  {
    names: ["sections"],
    load: async () => (await import("./commands/sections.ts")).registerSections,
  },
  {
    names: ["reminders"],
    load: async () => (await import("./commands/reminders.ts")).registerReminders,
  },
  { names: ["report"], load: async () => (await import("./commands/report.ts")).registerReport },
  { names: ["check"], load: async () => (await import("./commands/check.ts")).registerCheck },
  { names: ["extract"], load: async () => (await import("./commands/extract.ts")).registerExtract },
  { names: ["user"], load: async () => (await import("./commands/user.ts")).registerUser },
  { names: ["push"], load: async () => (await import("./commands/push.ts")).registerPush },
  { names: ["dhis2"], load: async () => (await import("./commands/dhis2.ts")).registerDhis2 },
  {
    names: ["backup", "restore"],
    load: async () => (await import("./commands/backup.ts")).registerBackup,
  },
];

/**
 * Registers the commands `args` (the command line after the script) can run: only the module of
 * its command word when it names one, every module otherwise (`--help`, `help <command>`, no
 * command, a mistyped one — so help and "unknown command" see them all).
 */
export async function registerCommands(
  program: Command,
  io: CliIo,
  args: readonly string[],
): Promise<void> {
  const word = args.find((arg) => !arg.startsWith("-"));
  const own = COMMAND_MODULES.find((m) => word !== undefined && m.names.includes(word));
  for (const module of own ? [own] : COMMAND_MODULES) (await module.load())(program, io);
}
