import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { REFERENCE_DATASET, referenceDatasetFiles } from "../../src/cli/reference-dataset.ts";
import { Engine, type ImportSummary } from "../../src/engine/index.ts";
import { formatFigure, parseFigureFormat } from "../../src/report/figure-format.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { importFiles } from "./fixture.ts";

interface FigureSpec {
  id: string;
  expected: string;
  canonical?: string;
  unit: string;
  period: string;
  measure: string;
  disaggregation?: string;
  format: string;
}

/** The reference figures the dataset computes from its registers (`register:` measures). */
const figures = (
  parse(readFileSync(join(REFERENCE_DATASET, "figures.yaml"), "utf8")) as {
    figures: FigureSpec[];
  }
).figures.filter((f) => f.measure.startsWith("register:"));

/** The engine expression a register measure stands for. */
function expressionOf(f: FigureSpec): string {
  const [set, option = ""] = (f.disaggregation ?? "").split("=");
  const selector = set === "project" ? `[${option.toLowerCase()}]` : option ? `[${option}]` : "";
  switch (f.measure) {
    case "register:capital_plans.projects":
      return `capital_projects${selector}`;
    case "register:site_clearance.amount_paid_pct":
      return `clearance_amount_paid${selector} / clearance_amount_total${selector} * 100`;
    default:
      return `clearance_${f.measure.split(".")[1]}${selector}`;
  }
}

describeEachEngine("registers: the reference dataset's register figures", (fresh) => {
  let store: Store;
  let engine: Engine;
  let summary: ImportSummary;
  beforeAll(async () => {
    store = await fresh();
    await migrateToLatest(store);
    engine = await Engine.open(store, { clock: () => "2023-09-20T08:00:00.000Z" });
    summary = await importFiles(engine, referenceDatasetFiles());
  });
  afterAll(() => store.close());

  it(`imports the dataset's register files as they are and writes ${figures.length} report figures from them`, async () => {
    expect(summary.registers?.projects.created).toBe(23);
    expect(summary.registers?.findings).toEqual([]);
    expect(figures.length).toBeGreaterThanOrEqual(19);
    const mismatches: string[] = [];
    for (const f of figures) {
      const [result] = await engine.evaluate({
        unit: f.unit,
        period: f.period,
        sources: [expressionOf(f)],
      });
      const value = result?.value;
      const written =
        typeof value === "number" ? formatFigure(value, parseFigureFormat(f.format)) : `(${value})`;
      if (written !== (f.canonical ?? f.expected))
        mismatches.push(`${f.id}: ${expressionOf(f)} = "${written}" ≠ "${f.expected}"`);
    }
    expect(mismatches).toEqual([]);
  });

  it("agrees with the disbursement the dataset also keeps as monthly values", async () => {
    const [check] = await engine.evaluate({
      unit: "NGA_NAM",
      period: "2023-08",
      sources: [
        "ytd(capital_disbursed[tinh_quan_ly]) == ytd(pi_disbursed_province) and ytd(capital_disbursed[huyen_quan_ly]) == ytd(pi_disbursed_town) and ytd(capital_disbursed_programme[ctmtqg]) == ytd(ntp_infra_disbursed)",
      ],
    });
    expect(check?.value).toBe(true);
  });

  it("lists the tasks part II of the August report set for September", async () => {
    const checklist = await engine.registers.checklist("2023-09", { asOf: "2023-09-20" });
    expect(checklist.items).toHaveLength(22);
    expect(checklist.counts.new).toBe(22);
    expect(checklist.items[0]?.task.textVi).toMatch(/^Chỉ đạo ngành chuyên môn/);
  });
});
