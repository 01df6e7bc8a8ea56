import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BaocaoError } from "../../core/errors.ts";

const run = promisify(execFile);

/** The LibreOffice command, if one is installed. */
export async function findLibreOffice(): Promise<string | undefined> {
  for (const command of ["libreoffice", "soffice"]) {
    try {
      await run(command, ["--version"], { timeout: 30_000 });
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

/** Converts a DOCX to PDF with headless LibreOffice; one clear error when it is not installed. */
export function docxToPdf(docx: Buffer): Promise<Buffer> {
  const next = queue.then(() => convert(docx));
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
