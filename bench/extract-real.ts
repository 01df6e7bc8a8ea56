// Precision and recall of `baocao extract` on real reports of other localities, each read against
// the template written for it by hand (test/extract/locality-truth.ts lists them): the truth is the
// report's dataset, whose composed figures equal the figures copied by hand from the source page.
// Counted are the template's invertible figures (a stored indicator, one option, `at`, `ytd`, a
// target); the others are checks. Run: node --import tsx bench/extract-real.ts

import { cpus, totalmem } from "node:os";
import { REAL_REPORTS, readRealReport, scoreRealReport } from "../test/extract/locality-truth.ts";

console.log("node --import tsx bench/extract-real.ts");
console.log(
  `machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);
console.log("| report | figures | invertible | read | correct | precision | recall |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
const notes: string[] = [];
for (const real of REAL_REPORTS) {
  const truth = await readRealReport(real);
  const s = scoreRealReport(truth);
  const precision = s.read === 0 ? 1 : s.correct / s.read;
  console.log(
    `| ${real.name} | ${s.figures} | ${s.invertible} | ${s.read} | ${s.correct} | ${precision.toFixed(4)} | ${(s.correct / s.invertible).toFixed(4)} |`,
  );
  for (const w of s.wrong) notes.push(`- ${real.name}: wrong ${w}`);
  for (const m of s.missed) notes.push(`- ${real.name}: not read ${m}`);
  await truth.store.close();
}
for (const n of notes) console.log(n);
