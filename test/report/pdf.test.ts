import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeReport, docxToPdf, findLibreOffice, renderDocx } from "../../src/report/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { townEngine } from "../engine/fixture.ts";

const libreOffice = await findLibreOffice();
const skipReason = libreOffice
  ? undefined
  : "PDF test skipped: LibreOffice is not installed (bash .ci/run installs it)";
if (skipReason) console.log(skipReason);

describe("PDF through LibreOffice", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
  });
  afterAll(() => store.close());

  it.skipIf(skipReason !== undefined)(
    "turns the DOCX into a PDF whose text keeps the Vietnamese diacritics",
    async () => {
      const engine = await townEngine(store);
      const template = readFileSync(
        join(import.meta.dirname, "../fixtures/report/small.md"),
        "utf8",
      );
      const report = await composeReport(engine, { template, unit: "NN", period: "2023-08" });
      const pdf = await docxToPdf(await renderDocx(report));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = execFileSync("pdftotext", ["-layout", "-", "-"], {
        input: pdf,
        encoding: "utf8",
      });
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(text).toContain("Nơi nhận:");
    },
    120_000,
  );
});
