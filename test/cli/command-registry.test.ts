import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMAND_MODULES, registerCommands } from "../../src/cli/command-registry.ts";
import { processIo } from "../../src/cli/context.ts";
import { EXIT } from "../../src/cli/main.ts";
import { runCli } from "../support/run-cli.ts";

const namesOf = (program: Command) => program.commands.map((c) => c.name());

describe("the CLI's commands, loaded on demand", () => {
  it("lists under each module exactly the commands it registers", async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command("baocao");
      (await module.load())(program, processIo);
      expect(namesOf(program)).toEqual(module.names);
    }
  });

  it("loads only the named command's module, and every module for help or an unknown word", async () => {
    const only = new Command("baocao");
    await registerCommands(only, processIo, ["--debug", "import", "values.csv"]);
    expect(namesOf(only)).toEqual(["import"]);
    for (const args of [["--help"], [], ["help", "import"], ["no-such-command"]]) {
      const all = new Command("baocao");
      await registerCommands(all, processIo, args);
      expect(namesOf(all)).toEqual(COMMAND_MODULES.flatMap((m) => m.names));
    }
  });

  it("runs every command's help, and lists every command in the general help", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(EXIT.ok);
    for (const name of COMMAND_MODULES.flatMap((m) => m.names)) {
      expect(help.out.join("\n")).toContain(`  ${name}`);
      const own = await runCli([name, "--help"]);
      expect({ name, code: own.code }).toEqual({ name, code: EXIT.ok });
      expect(own.out.join("\n")).toContain(`baocao ${name}`);
    }
  });
});
