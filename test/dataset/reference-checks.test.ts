import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_TEMPLATE } from "../../src/cli/compose-for-cli.ts";
import { Engine } from "../../src/engine/index.ts";
import { composeReport, type ReportCheck, reportChecks } from "../../src/report/index.ts";
import { narrativeChecks, plainLine } from "../../src/report/narrative/index.ts";
import { migrateToLatest, openStore, type Store } from "../../src/store/index.ts";
import { DATASET, loadReferenceDataset } from "./load-dataset.ts";

interface ReferenceFigure {
  readonly id: string;
  readonly expected: string;
  readonly canonical?: string;
}
const figures = (
  parse(readFileSync(join(DATASET, "figures.yaml"), "utf8")) as { figures: ReferenceFigure[] }
).figures;
const reference = readFileSync(
  join(import.meta.dirname, "../fixtures/reference/bao-cao-thang-8-2023.txt"),
  "utf8",
);

/** A figure of the reference as the report writes it, by its id in figures.yaml. */
function written(id: string): string {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new Error(`figures.yaml has no ${id}`);
  return figure.expected;
}
const numerals = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*%?/gu) ?? [];
const typedNumeral = (message: string): string => /^Số "([^"]+)"/u.exec(message)?.[1] ?? message;

// The two inconsistencies the reference report is known for (notes in figures.yaml):
// 829 + 24 ≠ 852 land dossiers, and 6524/6422 = 101,59% written "101%".
const received = written("f046-land-dossiers-received");
const resolved = written("f048-land-dossiers-resolved-on-time");
const pending = written("f050-land-dossiers-pending");
const pupils = written("f088-school-enrolment-tieu-hoc");
const target = written("f089-school-enrolment-tieu-hoc-target");
const rate = written("f090-school-enrolment-tieu-hoc-pct");

describe("the checks of the reference report", () => {
  let store: Store;
  let checks: ReportCheck[];
  beforeAll(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
    await migrateToLatest(store);
    const engine = await Engine.open(store);
    await loadReferenceDataset(engine);
    const template = readFileSync(DEFAULT_TEMPLATE, "utf8");
    const report = await composeReport(engine, { template, unit: "NGA_NAM", period: "2023-08" });
    checks = await reportChecks(engine, report, "2023-09-05");
  });
  afterAll(() => store.close());

  it("finds 829 + 24 ≠ 852 in the composed sentence, and the rules find both inconsistencies", () => {
    const parts = checks.filter((c) => c.kind === "parts_mismatch");
    expect(parts).toHaveLength(1);
    expect(parts[0]?.message).toContain(`${resolved} + ${pending} = `);
    expect(parts[0]?.message).toContain(`tổng số ${received}`);
    // The template computes the rate (6.524/6.422 → "102%"), so the composed text is right and
    // only the validation rule on the data says the report wrote 101%.
    const validation = checks.filter((c) => c.kind === "validation").map((c) => c.message);
    expect(validation.some((m) => m.includes(rate) && m.includes("6.524/6.422"))).toBe(true);
    expect(validation.some((m) => m.includes(resolved) && m.includes(received))).toBe(true);
  });

  it("raises no other relation warning and no typed-number warning on the composed report", () => {
    // The template types no figure by hand: its typed numbers are dates, document numbers, road
    // names, anniversaries, years, and the damage classes "trên 70%" / "từ 30-70%".
    const narrative = checks.filter((c) =>
      [
        "typed_number",
        "spaced_number",
        "ratio_mismatch",
        "share_mismatch",
        "change_mismatch",
      ].includes(c.kind),
    );
    expect(narrative.map((c) => c.message)).toEqual([]);
  });
});

describe("the narrative checks on the reference report as typed by hand", () => {
  const findings = reference.split("\n").flatMap((line) => narrativeChecks(plainLine(line)));

  it("lists its two inconsistencies and no other relation", () => {
    const relations = findings.filter((f) => f.kind !== "typed_number");
    expect(relations.map((f) => f.kind).sort()).toEqual(["parts_mismatch", "ratio_mismatch"]);
    const parts = relations.find((f) => f.kind === "parts_mismatch")?.message ?? "";
    expect(parts).toContain(`${resolved} + ${pending} = `);
    expect(parts).toContain(`tổng số ${received}`);
    const ratio = relations.find((f) => f.kind === "ratio_mismatch")?.message ?? "";
    expect(ratio).toContain(`${pupils}/${target}`);
    expect(ratio).toContain(`ghi ${rate}`);
  });

  it("flags as typed only the report's figures, and every one of them", () => {
    const figureNumerals = new Set(
      figures.flatMap((f) => [f.expected, f.canonical ?? ""]).flatMap(numerals),
    );
    const typed = findings
      .filter((f) => f.kind === "typed_number")
      .map((f) => typedNumeral(f.message));
    expect(typed.length).toBeGreaterThan(100);
    expect(typed.filter((n) => !figureNumerals.has(n))).toEqual([]);
    const flagged = new Set(typed);
    expect(figures.flatMap((f) => numerals(f.expected)).filter((n) => !flagged.has(n))).toEqual([]);
  });
});
