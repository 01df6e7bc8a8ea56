import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import {
  composeReport,
  docxToPdf,
  findLibreOffice,
  pdfConverter,
  renderDocx,
} from "../../src/report/index.ts";
import { ResidentConverter } from "../../src/report/render/resident-converter.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { townEngine } from "../engine/fixture.ts";

const office = await findLibreOffice();
const resident = office ? new ResidentConverter(office) : undefined;
const skipReason = !office
  ? "PDF converter tests skipped: LibreOffice is not installed (bash .ci/run installs it)"
  : !(await resident?.available())
    ? "PDF converter tests skipped: python3-uno is not installed (bash .ci/run installs it)"
    : undefined;
resident?.stop();
if (skipReason) console.log(skipReason);

/** The PDF's text, read by poppler. */
function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" });
}

describe.skipIf(skipReason !== undefined)("the resident PDF converter", () => {
  let store: Store;
  let docx: Buffer;
  let dir: string;
  beforeAll(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
    const template = readFileSync(join(import.meta.dirname, "../fixtures/report/small.md"), "utf8");
    const report = await composeReport(await townEngine(store), {
      template,
      unit: "NN",
      period: "2023-08",
    });
    docx = await renderDocx(report);
    dir = mkdtempSync(join(tmpdir(), "baocao-converter-test-"));
    writeFileSync(join(dir, "report.docx"), docx);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store.close();
  });

  it("converts with a LibreOffice kept running, and again after that LibreOffice is killed", async () => {
    expect(pdfText(await docxToPdf(docx))).toContain("Nơi nhận:");
    const first = pdfConverter()?.processes;
    expect(first).toBeDefined();
    // soffice.bin is the LibreOffice that does the work; the converter's group holds it.
    execFileSync("pkill", ["-KILL", "-g", String(first?.group), "soffice.bin"]);

    expect(pdfText(await docxToPdf(docx))).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const second = pdfConverter()?.processes;
    expect(second?.group).not.toBe(first?.group);
    pdfConverter()?.stop();
  });

  it("gives up a conversion at its timeout with a Vietnamese error, then converts again", async () => {
    const converter = new ResidentConverter(office as string);
    const out = join(dir, "report.pdf");
    try {
      await converter.available();
      const hung = await converter.convert(join(dir, "report.docx"), out, 1).catch((e) => e);
      expect(isBaocaoError(hung, "report.pdf_timeout")).toBe(true);
      expect((hung as Error).message).toContain("DOCX");
      expect(converter.processes).toBeUndefined();

      await converter.convert(join(dir, "report.docx"), out, 60_000);
      expect(pdfText(readFileSync(out))).toContain("Nơi nhận:");
    } finally {
      converter.stop();
    }
  });

  it("serves eight conversions asked at once, each a whole PDF", async () => {
    const pdfs = await Promise.all(Array.from({ length: 8 }, () => docxToPdf(docx)));
    for (const pdf of pdfs) expect(pdfText(pdf)).toContain("Nơi nhận:");
    pdfConverter()?.stop();
  });
});
