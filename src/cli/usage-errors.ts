import type { Command, CommanderError } from "commander";

/**
 * Commander's usage errors ("error: missing required argument 'unit'") in Vietnamese, one line,
 * by the error's code; the quoted names are kept as typed. An error this list does not know keeps
 * commander's words rather than saying something wrong.
 */
export function usageErrorVi(error: CommanderError): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
  const [first = "", second = ""] = quoted;
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1];
  const hint = suggestion ? ` Có phải ý bạn là ${suggestion}?` : "";
  const choices = /Allowed choices are ([^.]+)\./.exec(error.message)?.[1];
  switch (error.code) {
    case "commander.missingArgument":
      return `Thiếu tham số bắt buộc <${first}>.`;
    case "commander.optionMissingArgument":
      return `Tùy chọn ${first} cần một giá trị.`;
    case "commander.missingMandatoryOptionValue":
      return `Thiếu tùy chọn bắt buộc ${first}.`;
    case "commander.conflictingOption":
      return `Không dùng ${first} cùng với ${second}.`;
    case "commander.unknownOption":
      return `Không có tùy chọn ${first}.${hint}`;
    case "commander.excessArguments": {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(error.message);
      return counts
        ? `Thừa tham số: lệnh nhận ${counts[1]} tham số, nhưng có ${counts[2]}.`
        : "Thừa tham số.";
    }
    case "commander.unknownCommand":
      return `Không có lệnh "${first}".${hint}`;
    case "commander.invalidArgument": {
      // "option '<flags>' argument '<value>' is invalid" or "command-argument value '<value>' is
      // invalid for argument '<name>'".
      const [value, target] = error.message.startsWith("error: option")
        ? [second, first]
        : [first, `<${second}>`];
      const allowed = choices ? `; chọn một trong: ${choices}` : "";
      return `Giá trị "${value}" không hợp lệ cho ${target}${allowed}.`;
    }
    default:
      return error.message.replace(/^error: /, "");
  }
}

/**
 * The command whose help answers the error: the program's commands named by the words typed, as
 * far as they go. Example: ["user", "grant", "anh"] → "baocao user grant"; ["submissions", "lst"]
 * → "baocao submissions"; ["migrate", "extra"] → "baocao migrate".
 */
export function helpCommand(program: Command, args: readonly string[]): string {
  const names = [program.name()];
  let command = program;
  for (const word of args) {
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    names.push(sub.name());
    command = sub;
  }
  return names.join(" ");
}
