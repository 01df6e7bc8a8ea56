import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.ts";
import { formatPeriodId, monthsOf, parsePeriod } from "../../src/core/periods/index.ts";
import { Engine } from "../../src/engine/index.ts";
import { composeReport, type ReportDocument, type Run } from "../../src/report/index.ts";
import { migrateToLatest, type Store } from "../../src/store/index.ts";
import { DATASET, loadReferenceDataset } from "../dataset/load-dataset.ts";
import { describeEachEngine } from "../support/engines.ts";
import { runCli } from "../support/run-cli.ts";

// Issue 17: a "7 tháng đầu năm" report of the reference town, January to July 2023.
const TEMPLATE = `---
subject: "Tình hình kinh tế - xã hội {{ $period_name }} và phương hướng, nhiệm vụ {{ $next_period_name }}"
---

Thu ngân sách {{ $period_name }} đến ngày {{ $last_day }}/{{ $month }}/{{ $year }}: {{ budget_revenue | number:0 }} triệu đồng (lũy kế {{ ytd(budget_revenue) | number:0 }} triệu đồng).

Sản lượng lúa {{ $period_name }}: {{ rice_output | number:0 }} tấn; cùng kỳ năm {{ $last_year }}: {{ last_year(rice_output) | number:0 }} tấn.

# II. PHƯƠNG HƯỚNG, NHIỆM VỤ {{ $next_period_name }}
`;

const text = (runs: readonly Run[]) => runs.map((r) => ("text" in r ? r.text : "")).join("");
const figures = (report: ReportDocument) =>
  report.blocks
    .flatMap((b) => (b.kind === "table" ? [] : b.runs))
    .filter((r) => r.kind === "figure");

/** Budget revenue of January–July 2023 read straight from the dataset's CSV, not through the engine. */
function budgetRevenueFromCsv(): number {
  const rows = readFileSync(join(DATASET, "data/values-2023.csv"), "utf8").split("\n");
  return rows
    .map((line) => line.split(","))
    .filter(([, indicator, period]) => indicator === "budget_revenue" && period !== undefined)
    .filter(([, , period]) => (period as string) >= "2023-01" && (period as string) <= "2023-07")
    .reduce((sum, cells) => sum + Number(cells[4]), 0);
}

describeEachEngine("a 7-month year-to-date report of the reference town", (fresh) => {
  let store: Store;
  let engine: Engine;
  let report: ReportDocument;
  beforeAll(async () => {
    store = await fresh();
    await migrateToLatest(store);
    engine = await Engine.open(store);
    await loadReferenceDataset(engine);
    report = await composeReport(engine, {
      template: TEMPLATE,
      unit: "NGA_NAM",
      period: "2023-7M",
    });
  });
  afterAll(() => store.close());

  it("names the period and the rest of the year as reports do", () => {
    expect(report.meta.subject).toBe(
      "Tình hình kinh tế - xã hội 7 tháng đầu năm 2023 và phương hướng, nhiệm vụ 5 tháng cuối năm 2023",
    );
    const lines = report.blocks.map((b) => (b.kind === "table" ? "" : text(b.runs)));
    expect(lines[0]).toMatch(/^Thu ngân sách 7 tháng đầu năm 2023 đến ngày 31\/7\/2023: /u);
    expect(lines[1]).toMatch(/^Sản lượng lúa 7 tháng đầu năm 2023: .* cùng kỳ năm 2022: /u);
    expect(lines.at(-1)).toBe("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 5 tháng cuối năm 2023");
  });

  it("sums January to July, as the dataset's CSV does, and ytd is the period itself", () => {
    const [budget, budgetYtd] = figures(report);
    const expected = budgetRevenueFromCsv();
    expect(expected).toBeGreaterThan(0);
    expect(budget?.value).toBe(expected);
    expect(budgetYtd?.value).toBe(expected);
  });

  it("compares with January to July of 2022, month by month as the engine sums months", async () => {
    const monthly = async (year: number) => {
      const months = monthsOf(parsePeriod(`${year}-7M`)).map(formatPeriodId);
      const rows = await engine.query({
        indicators: ["rice_output"],
        units: ["NGA_NAM"],
        periods: months,
        measures: ["value"],
      });
      expect(rows).toHaveLength(7);
      return rows.reduce((sum, row) => sum + Number(row.value?.value ?? 0), 0);
    };
    const [, , rice, riceLastYear] = figures(report);
    expect(rice?.value).toBe(await monthly(2023));
    expect(riceLastYear?.value).toBe(await monthly(2022));
    expect(rice?.problem).toBeUndefined();
  });
});

describe("baocao report -p 2023-7M", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "baocao-7m-"));
    env = { DATABASE_URL: `sqlite:${join(dir, "demo.db")}` };
    expect((await runCli(["demo", "--no-serve"], env)).code).toBe(EXIT.ok);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("composes the 7-month report from the command line, and reads 2023-6M as the first half", async () => {
    const template = join(dir, "mau.md");
    writeFileSync(template, TEMPLATE);
    const out = join(dir, "bao-cao.md");
    const seven = await runCli(
      ["report", "-u", "NGA_NAM", "-p", "2023-7M", "-t", template, "-f", "md", "-o", out],
      env,
    );
    expect(seven.code).toBe(EXIT.ok);
    expect(readFileSync(out, "utf8")).toContain(
      "Thu ngân sách 7 tháng đầu năm 2023 đến ngày 31/7/2023",
    );
    const six = await runCli(
      ["report", "-u", "NGA_NAM", "-p", "2023-6M", "-t", template, "-f", "md", "-o", out],
      env,
    );
    expect(six.code).toBe(EXIT.ok);
    expect(readFileSync(out, "utf8")).toContain(
      "Thu ngân sách 6 tháng đầu năm 2023 đến ngày 30/6/2023",
    );
  });
});
