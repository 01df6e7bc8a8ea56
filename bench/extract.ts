// Precision and recall of `baocao extract` on perturbed copies of the reference report (Ngã Năm,
// August 2023), per kind of perturbation and all kinds together. A recovered value is correct when
// it is the dataset's figure as the report writes it (same precision); recall counts the
// invertible figures still present in the copy (a dropped sentence's figures are not expected).
// Run: node --import tsx bench/extract.ts [--copies 50] [--seed 1]

import { cpus, totalmem } from "node:os";
import { PERTURBATIONS, type Perturbation, perturb, seeded } from "../test/extract/perturb.ts";
import {
  extractReference,
  invertible,
  isTrue,
  REFERENCE_TEXT,
  referenceTruth,
} from "../test/extract/reference-truth.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const copies = arg("copies", 50);
const seed = arg("seed", 1);

const truth = await referenceTruth();
const clean = extractReference(truth, REFERENCE_TEXT);
/** The invertible figures of the template, by index: what a perfect reader would recover. */
const expected = new Set(
  [...invertible(clean).map((f) => f.figure), ...clean.missing.map((m) => m.figure)]
    .filter((fig) => {
      const found = clean.found.find((f) => f.figure.index === fig.index);
      return found ? found.inversion.kind !== "check" : true;
    })
    .map((fig) => fig.index),
);
// A figure not read in the clean text (the spoken “2 tỷ 9”) is still counted as expected only if
// its expression is invertible; the clean reader refuses it, so it lowers recall everywhere.
const cleanOf = new Map(clean.found.map((f) => [f.figure.index, f]));

interface Tally {
  found: number;
  correct: number;
  expected: number;
}

function run(kinds: readonly Perturbation[], random: () => number): Tally {
  const copy = perturb(REFERENCE_TEXT, kinds, random);
  const report = extractReference(truth, copy.text);
  const read = invertible(report);
  const droppedIndexes = new Set(
    [...cleanOf.values()]
      .filter((f) => copy.dropped.some((d) => d.includes(f.sentence)))
      .map((f) => f.figure.index),
  );
  const expectedHere = [...expected].filter((i) => !droppedIndexes.has(i)).length;
  return {
    found: read.length,
    correct: read.filter((f) => isTrue(truth, f)).length,
    expected: expectedHere,
  };
}

const rows: string[] = [];
const measure = (label: string, kinds: readonly Perturbation[]) => {
  const random = seeded(seed);
  const total: Tally = { found: 0, correct: 0, expected: 0 };
  for (let n = 0; n < copies; n++) {
    const t = run(kinds, random);
    total.found += t.found;
    total.correct += t.correct;
    total.expected += t.expected;
  }
  const precision = total.found === 0 ? 1 : total.correct / total.found;
  const recall = total.correct / total.expected;
  rows.push(
    `| ${label} | ${copies} | ${total.found} | ${total.correct} | ${total.expected} | ${precision.toFixed(4)} | ${recall.toFixed(4)} |`,
  );
};

const reference = {
  found: invertible(clean).length,
  correct: invertible(clean).filter((f) => isTrue(truth, f)).length,
  expected: expected.size,
};
rows.push(
  `| none (the reference itself) | 1 | ${reference.found} | ${reference.correct} | ${reference.expected} | ${(reference.correct / reference.found).toFixed(4)} | ${(reference.correct / reference.expected).toFixed(4)} |`,
);
for (const kind of PERTURBATIONS) measure(kind, [kind]);
measure("all five together", PERTURBATIONS);

console.log(`node --import tsx bench/extract.ts --copies ${copies} --seed ${seed}`);
console.log(
  `machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);
console.log("| perturbation | copies | values read | correct | expected | precision | recall |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const row of rows) console.log(row);
await truth.store.close();
