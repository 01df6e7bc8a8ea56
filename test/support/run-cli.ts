import type { CliIo } from "../../src/cli/context.ts";
import { main } from "../../src/cli/main.ts";

/** What a test feeds the command: standard input, and answers to its prompts in order. */
export interface CliInput {
  readonly stdin?: string;
  readonly answers?: readonly string[];
}

/**
 * Runs `baocao <args>` in this process with the given environment, capturing what it prints and
 * the questions it asks; resolves with the exit code.
 */
export async function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  input: CliInput = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const answers = [...(input.answers ?? [])];
  const asked: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    interactive: false,
    progress: () => {},
    ...(input.stdin !== undefined ? { readStdin: async () => input.stdin as string } : {}),
    ...(input.answers
      ? {
          prompt: async (question: string, hidden: boolean) => {
            asked.push(`${question}${hidden ? " (ẩn)" : ""}`);
            return answers.shift() ?? "";
          },
        }
      : {}),
  };
  const code = await main(["node", "baocao", ...args], io);
  return { code, out, err, asked };
}
