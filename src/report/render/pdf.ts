import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BaocaoError } from "../../core/errors.ts";

const run = promisify(execFile);

/** The command found once: asking `--version` starts LibreOffice, a third of a conversion. */
let found: string | undefined;

/** The LibreOffice command, if one is installed (looked for again until one is). */
export async function findLibreOffice(): Promise<string | undefined> {
  if (found) return found;
  for (const command of ["libreoffice", "soffice"]) {
    try {
      await run(command, ["--version"], { timeout: 30_000 });
      found = command;
      return command;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** One LibreOffice profile for the whole machine: creating a fresh one costs about 15 s per conversion. */
const PROFILE = join(tmpdir(), "baocao-libreoffice-profile");
/** Conversions in this process run one at a time, since they share the profile. */
let queue: Promise<unknown> = Promise.resolve();
/** Conversions running or waiting; past the limit a request is refused, not queued for minutes. */
let pending = 0;
/** One running and seven waiting: at 3–9 s each, the last waits about a minute. */
export const MAX_PENDING_PDF = 8;

/** Converts a DOCX to PDF with headless LibreOffice; one clear error when it is not installed. */
export function docxToPdf(docx: Buffer): Promise<Buffer> {
  if (pending >= MAX_PENDING_PDF)
    return Promise.reject(
      new BaocaoError(
        "report.pdf_busy",
        `Máy chủ đang tạo ${pending} tệp PDF khác. Vui lòng thử lại sau ít phút, hoặc tải bản Word (DOCX).`,
        { pending },
      ),
    );
  pending++;
  const next = queue.then(() => convert(docx)).finally(() => pending--);
  queue = next.catch(() => {});
  return next;
}

async function convert(docx: Buffer): Promise<Buffer> {
  const command = await findLibreOffice();
  if (!command) {
    throw new BaocaoError(
      "report.no_libreoffice",
      "Không tìm thấy LibreOffice để tạo PDF. Cài bằng: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2",
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "baocao-pdf-"));
  try {
    await writeFile(join(dir, "report.docx"), docx);
    // A profile of its own lets conversions run while another LibreOffice is open.
    await run(
      command,
      [
        `-env:UserInstallation=file://${PROFILE}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "report.docx"),
      ],
      { timeout: 120_000 },
    );
    return await readFile(join(dir, "report.pdf"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
