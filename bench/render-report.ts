// Times composing and rendering the reference report (Ngã Năm, August 2023): compose + DOCX warm,
// and PDF through LibreOffice (one at a time, then 8 at once).
// Run: node --import tsx bench/render-report.ts [--runs 30] [--pdf-runs 3]

import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { DEFAULT_TEMPLATE } from "../src/cli/compose-for-cli.ts";
import { referenceDatasetFiles } from "../src/cli/reference-dataset.ts";
import { Engine } from "../src/engine/index.ts";
import { readImportFiles } from "../src/formats/index.ts";
import {
  composeReport,
  docxToPdf,
  findLibreOffice,
  pdfConverter,
  renderDocx,
} from "../src/report/index.ts";
import { migrateToLatest, openStore } from "../src/store/index.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg("runs", 30);
const pdfRuns = arg("pdf-runs", 3);

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const store = await openStore({ engine: "sqlite", path: ":memory:" });
await migrateToLatest(store);
const engine = await Engine.open(store);
await engine.import(readImportFiles(referenceDatasetFiles()).bundle, {
  by: "bench",
  via: "import",
});
const template = readFileSync(DEFAULT_TEMPLATE, "utf8");
const request = { template, unit: "NGA_NAM", period: "2023-08" };

// Warm-up: the first run compiles formulas, fills caches and loads docx.
const first = await composeReport(engine, request);
await renderDocx(first);
const liveFigures = first.blocks
  .flatMap((b) => (b.kind === "table" ? b.rows.flat(2) : b.runs))
  .filter((r) => r.kind === "figure").length;
const compose: number[] = [];
const docx: number[] = [];
const total: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const report = await composeReport(engine, request);
  const t1 = performance.now();
  await renderDocx(report);
  const t2 = performance.now();
  compose.push(t1 - t0);
  docx.push(t2 - t1);
  total.push(t2 - t0);
}
const lines = [
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite in memory`,
  `compose (${liveFigures} live figures) p50 ${ms(percentile(compose, 50))}, p95 ${ms(percentile(compose, 95))}`,
  `DOCX render p50 ${ms(percentile(docx, 50))}, p95 ${ms(percentile(docx, 95))}`,
  `compose + DOCX (warm) p50 ${ms(percentile(total, 50))}, p95 ${ms(percentile(total, 95))} over ${runs} runs`,
];
if (await findLibreOffice()) {
  const buffer = await renderDocx(await composeReport(engine, request));
  const timed = async () => {
    const t0 = performance.now();
    await docxToPdf(buffer);
    return performance.now() - t0;
  };
  // The first conversion starts the resident LibreOffice (where python3-uno is installed).
  const cold = await timed();
  const pdf: number[] = [];
  for (let i = 0; i < pdfRuns; i++) pdf.push(await timed());
  const together = await Promise.all(Array.from({ length: 8 }, timed));
  const mode = pdfConverter() ? "resident LibreOffice" : "one LibreOffice per conversion";
  lines.push(
    `DOCX → PDF (${mode}): first ${ms(cold)}; then p50 ${ms(percentile(pdf, 50))}, max ${ms(Math.max(...pdf))} over ${pdfRuns} runs`,
    `8 PDFs asked at once: p50 ${ms(percentile(together, 50))}, max ${ms(Math.max(...together))}`,
  );
  pdfConverter()?.stop();
} else {
  lines.push("PDF: LibreOffice not installed, not measured");
}
console.log(lines.join("\n"));
await store.close();
