import { createInterface } from "node:readline";
import { Writable } from "node:stream";

/** Reads all of standard input (for `--password-stdin`). */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** Asks a question on the terminal; with `hidden` the answer is not echoed (passwords). */
export function promptTerminal(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    let muted = false;
    // Echo goes through this stream, so muting it hides what is typed but not the question.
    const output = new Writable({
      write(chunk, encoding, done) {
        if (!muted) process.stderr.write(chunk, encoding);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stderr.write("\n");
      resolve(answer);
    });
    muted = hidden;
  });
}
