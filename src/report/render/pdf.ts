import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BaocaoError } from "../../core/errors.ts";
import { ResidentConverter } from "./resident-converter.ts";

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
/** A conversion still running after this is given up (and a resident LibreOffice restarted). */
const TIMEOUT_MS = 120_000;
/** Conversions in this process run one at a time, since they share the profile. */
let queue: Promise<unknown> = Promise.resolve();
/** Conversions running or waiting; past the limit a request is refused, not queued for minutes. */
let pending = 0;
/** One running and seven waiting: warm, the last waits a few seconds. */
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

/** The warm LibreOffice, once one has been started; `false` when this machine can't have one. */
let resident: ResidentConverter | false | undefined;

/** The resident converter, started on first use; undefined where python3-uno is missing. */
async function residentConverter(command: string): Promise<ResidentConverter | undefined> {
  if (resident === undefined) {
    const converter = new ResidentConverter(command);
    resident = (await converter.available()) ? converter : false;
  }
  return resident || undefined;
}

/** Which converter serves this process, for the health check and the converter's tests. */
export function pdfConverter(): ResidentConverter | undefined {
  return resident || undefined;
}

async function convert(docx: Buffer): Promise<Buffer> {
  const command = await findLibreOffice();
  if (!command) {
    throw new BaocaoError(
      "report.no_libreoffice",
      "Không tìm thấy LibreOffice để tạo PDF. Cài bằng: apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno fonts-liberation2",
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "baocao-pdf-"));
  try {
    const docxPath = join(dir, "report.docx");
    const pdfPath = join(dir, "report.pdf");
    await writeFile(docxPath, docx);
    const warm = await residentConverter(command);
    if (warm) await warm.convert(docxPath, pdfPath, TIMEOUT_MS);
    else await convertOnce(command, docxPath, dir);
    return await readFile(pdfPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Without python3-uno: a LibreOffice started for this one conversion (about a second more). */
async function convertOnce(command: string, docxPath: string, dir: string): Promise<void> {
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
      docxPath,
    ],
    { timeout: TIMEOUT_MS },
  );
}
