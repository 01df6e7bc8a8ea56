import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse } from "yaml";
import { Engine, type QueryRow } from "../../src/engine/index.ts";
import { formatFigure, parseFigureFormat } from "../../src/report/figure-format.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { DATASET, loadReferenceDataset } from "./load-dataset.ts";

interface FigureSpec {
  id: string;
  quote: string;
  expected: string;
  canonical?: string;
  indicator: string;
  unit: string;
  period: string;
  measure: string;
  disaggregation?: string;
  format: string;
}

const figures = (
  parse(readFileSync(join(DATASET, "figures.yaml"), "utf8")) as { figures: FigureSpec[] }
).figures;
/** Figures computed from the registers are checked in test/registers/reference-dataset.test.ts. */
const fromEngine = figures.filter((f) => !f.measure.startsWith("register:"));

/** The measure of a query row a figure asks for; change figures are written as magnitudes. */
function measureOf(row: QueryRow, measure: string): number | null | undefined {
  const [name, kind] = measure.split(":");
  const target = row.targets?.find((t) => t.kind === kind);
  switch (name) {
    case "value":
      return row.value?.value;
    case "ytd":
      return row.ytd?.value;
    case "change":
      return row.change === null || row.change === undefined ? row.change : Math.abs(row.change);
    case "change_ytd":
      return row.changeYtd === null || row.changeYtd === undefined
        ? row.changeYtd
        : Math.abs(row.changeYtd);
    case "pct_of":
      return target?.pct;
    case "target":
      return target?.value;
    default:
      throw new Error(`unknown measure ${measure}`);
  }
}

describeEachEngine("reference report figures from the engine", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeAll(async () => {
    store = await fresh();
    await migrateToLatest(store);
    engine = await Engine.open(store);
    await loadReferenceDataset(engine);
  });
  afterAll(() => store.close());

  it(`reproduces ${fromEngine.length} of the report's ${figures.length} figures, written as the report writes them`, async () => {
    expect(fromEngine.length).toBeGreaterThanOrEqual(120);
    const mismatches: string[] = [];
    const groups = new Map<string, FigureSpec[]>();
    for (const f of fromEngine)
      groups.set(`${f.unit}|${f.period}`, [...(groups.get(`${f.unit}|${f.period}`) ?? []), f]);
    for (const [key, group] of groups) {
      const [unit, period] = key.split("|") as [string, string];
      const rows = await engine.query({
        indicators: [...new Set(group.map((f) => f.indicator))],
        units: [unit],
        periods: [period],
        disaggregations: true,
      });
      for (const f of group) {
        const row = rows.find(
          (r) => r.indicator === f.indicator && r.disaggregation === (f.disaggregation ?? ""),
        );
        const value = row && measureOf(row, f.measure);
        const indicator = engine.catalogue.byCode.get(f.indicator);
        const money = engine.catalogue.measureUnits.find(
          (u) => u.code === indicator?.unit && u.dimension === "money",
        );
        const written =
          typeof value === "number"
            ? formatFigure(value, parseFigureFormat(f.format), money?.factor ?? 1)
            : `(${value})`;
        const want = f.canonical ?? f.expected;
        if (written !== want) mismatches.push(`${f.id}: "${written}" ≠ "${want}" (${f.quote})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("reports the report's own inconsistencies as validation findings", async () => {
    const findings = await engine.validate("NGA_NAM", "2023-08");
    const codes = findings.map((f) => f.ruleCode);
    expect(codes).toContain("land.dossier_balance");
    expect(codes).toContain("education.stated_rate_tieu_hoc");
    const land = findings.find((f) => f.ruleCode === "land.dossier_balance");
    expect([land?.left, land?.right]).toEqual([853, 852]);
  });
});
