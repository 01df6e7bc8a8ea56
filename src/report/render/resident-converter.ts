import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { BaocaoError } from "../../core/errors.ts";

/**
 * A LibreOffice kept running between conversions, driven through UNO by `uno-converter.py`
 * (Debian's python3-uno). Starting LibreOffice is most of a one-shot conversion; warm, a
 * report converts in a few hundred milliseconds. One conversion at a time (the caller queues);
 * a conversion that hangs is killed at its timeout, and a dead LibreOffice is started again.
 */

const SCRIPT = join(import.meta.dirname, "uno-converter.py");
/** Debian's LibreOffice speaks UNO to the system Python; a Python of one's own lacks `uno`. */
const PYTHONS = ["/usr/bin/python3", "python3"];
const START_TIMEOUT_MS = 60_000;

interface Answer {
  readonly id?: number;
  readonly ready?: boolean;
  readonly pid?: number;
  readonly ok?: boolean;
  readonly error?: string;
}

interface Running {
  readonly child: ChildProcess;
  readonly officePid: number;
  readonly answers: AsyncIterator<string>;
  readonly profile: string;
}

export class ResidentConverter {
  private running: Running | undefined;
  private nextId = 1;
  /** Python commands that could not start a converter; not tried again in this process. */
  private readonly failedPythons = new Set<string>();

  constructor(private readonly office: string) {}

  /** The process group of the converter and LibreOffice's pid, while one runs. */
  get processes(): { readonly group: number; readonly officePid: number } | undefined {
    const run = this.running;
    return run?.child.pid ? { group: run.child.pid, officePid: run.officePid } : undefined;
  }

  /** True when a converter could be started with some Python (tries them once each). */
  async available(): Promise<boolean> {
    if (this.running) return true;
    try {
      await this.start();
      return true;
    } catch {
      return false;
    }
  }

  /** Converts `docxPath` into `pdfPath`; once more with a fresh LibreOffice if the first one died. */
  async convert(docxPath: string, pdfPath: string, timeoutMs: number): Promise<void> {
    try {
      await this.convertOnce(docxPath, pdfPath, timeoutMs);
    } catch (error) {
      if (error instanceof BaocaoError) throw error; // a timeout: the document is the problem
      this.stop();
      await this.convertOnce(docxPath, pdfPath, timeoutMs);
    }
  }

  /** Ends LibreOffice and the converter (also done when this process exits). */
  stop(): void {
    const run = this.running;
    this.running = undefined;
    if (!run) return;
    killGroup(run.child);
    rmSync(run.profile, { recursive: true, force: true });
  }

  private async convertOnce(docxPath: string, pdfPath: string, timeoutMs: number): Promise<void> {
    const run = this.running ?? (await this.start());
    const id = this.nextId++;
    setReferenced(run.child, true);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.stop();
        reject(
          new BaocaoError(
            "report.pdf_timeout",
            `LibreOffice không tạo xong PDF sau ${Math.round(timeoutMs / 1000)} giây; hãy tải bản Word (DOCX).`,
            { seconds: Math.round(timeoutMs / 1000) },
          ),
        );
      }, timeoutMs);
    });
    try {
      run.child.stdin?.write(`${JSON.stringify({ id, in: docxPath, out: pdfPath })}\n`);
      const answer = await Promise.race([nextAnswer(run), timeout]);
      if (answer.id !== id || !answer.ok)
        throw new Error(answer.error ?? "LibreOffice trả lời không đúng yêu cầu");
    } finally {
      clearTimeout(timer);
      if (this.running === run) setReferenced(run.child, false);
    }
  }

  private async start(): Promise<Running> {
    let lastError: unknown;
    for (const python of PYTHONS) {
      if (this.failedPythons.has(python)) continue;
      try {
        this.running = await startWith(python, this.office);
        return this.running;
      } catch (error) {
        this.failedPythons.add(python);
        lastError = error;
      }
    }
    throw lastError ?? new Error("no Python with LibreOffice's uno module");
  }
}

async function startWith(python: string, office: string): Promise<Running> {
  const profile = mkdtempSync(join(tmpdir(), "baocao-office-"));
  const pipe = `baocao_${process.pid}_${Date.now()}`;
  // Its own process group, so that killing it ends LibreOffice's processes too.
  const child = spawn(python, [SCRIPT, office, pathToFileURL(profile).href, pipe], {
    detached: true,
    stdio: ["pipe", "pipe", "ignore"],
  });
  const failed = new Promise<never>((_, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`converter exited (${code})`)));
  });
  failed.catch(() => {}); // also raced below; this keeps a later exit from being unhandled
  const answers = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
    Symbol.asyncIterator
  ]();
  const run: Running = { child, officePid: 0, answers, profile };
  let timer: NodeJS.Timeout | undefined;
  try {
    const started = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("converter did not start")), START_TIMEOUT_MS);
    });
    const hello = await Promise.race([nextAnswer(run), failed, started]);
    if (!hello.ready || !hello.pid) throw new Error(hello.error ?? "converter not ready");
    setReferenced(child, false);
    endWithThisProcess(child, profile);
    return { ...run, officePid: hello.pid };
  } catch (error) {
    killGroup(child);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function nextAnswer(run: Running): Promise<Answer> {
  const line = await run.answers.next();
  if (line.done) throw new Error("converter closed its output");
  return JSON.parse(line.value) as Answer;
}

/** An idle converter must not keep a CLI command alive; a busy one must. */
function setReferenced(child: ChildProcess, referenced: boolean): void {
  for (const stream of [child.stdin, child.stdout]) {
    const handle = stream as unknown as { ref?: () => void; unref?: () => void };
    referenced ? handle.ref?.() : handle.unref?.();
  }
  referenced ? child.ref() : child.unref();
}

function killGroup(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Converters to end with this process; one exit handler for all of them. */
const living = new Map<ChildProcess, string>();
let endingHooked = false;

function endWithThisProcess(child: ChildProcess, profile: string): void {
  if (!endingHooked) {
    endingHooked = true;
    process.once("exit", () => {
      for (const [running, folder] of living) {
        killGroup(running);
        rmSync(folder, { recursive: true, force: true });
      }
    });
  }
  living.set(child, profile);
  child.once("exit", () => living.delete(child));
}
