// How long reading a past report's PDF takes (src/extract/pdf-text.ts): the first reading in a
// process (it loads PDF.js) and the median of the next ones, for the reference report printed to
// PDF by LibreOffice from its text (7 pages). Run: node --import tsx bench/extract-pdf.ts [--runs 20]

import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { reportFileText } from "../src/extract/index.ts";

const i = process.argv.indexOf("--runs");
const runs = i > 0 ? Number(process.argv[i + 1]) : 20;
const file = join(import.meta.dirname, "../test/fixtures/extract/bao-cao-thang-8-2023.pdf");
const bytes = readFileSync(file);

const times: number[] = [];
for (let n = 0; n <= runs; n++) {
  const start = performance.now();
  await reportFileText(bytes, "bao-cao-thang-8-2023.pdf");
  times.push(performance.now() - start);
}
const [first = 0, ...rest] = times;
const sorted = [...rest].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;

console.log(`node --import tsx bench/extract-pdf.ts --runs ${runs}`);
console.log(
  `machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load ${loadavg()[0]?.toFixed(1)}`,
);
console.log(
  `${bytes.length} bytes, 7 pages: first reading ${first.toFixed(0)} ms, then median ${median.toFixed(0)} ms`,
);
