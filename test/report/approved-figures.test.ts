import { afterEach, beforeEach, expect, it } from "vitest";
import type { Engine, ValueInput } from "../../src/engine/index.ts";
import { type FigureRun, ReportService, renderHtml } from "../../src/report/index.ts";
import type { Store } from "../../src/store/index.ts";
import { clerk, townEngine } from "../engine/fixture.ts";
import { leader, reporter, wardsMonthly } from "../submissions/fixture.ts";
import { describeEachEngine } from "../support/engines.ts";

// The wards' rice form: an area that adds up, a yield weighted by the area, a price whose
// highest is read from raw values (no roll-up keeps it).
const regime = wardsMonthly({ indicators: ["rice_area", "rice_yield", "price_high"] });
const TEMPLATE = [
  "Diện tích {{ rice_area }} ha, năng suất {{ rice_yield | 0.00 }} tấn/ha, giá cao nhất {{ price_high }} đồng.",
  "Phường 3 (không theo chu trình) {{ at(rice_area, P3) }} ha.",
].join("\n\n");

const value = (indicator: string, unit: string, v: number): ValueInput => ({
  indicator,
  unit,
  period: "2023-08",
  value: v,
});

describeEachEngine("a report of approved figures only", (fresh) => {
  let store: Store;
  let engine: Engine;
  let reports: ReportService;
  beforeEach(async () => {
    store = await fresh();
    engine = await townEngine(store, () => "2023-08-14T03:00:00.000Z");
    await engine.import({ regimes: [regime] }, { by: "system", via: "system" });
    await engine.write(
      [
        value("rice_area", "P1", 100),
        value("rice_yield", "P1", 5),
        value("price_high", "P1", 20),
        value("rice_area", "P2", 300),
        value("rice_yield", "P2", 6),
        value("price_high", "P2", 30),
        value("rice_area", "P3", 50),
      ],
      clerk,
    );
    // Phường 1 is approved; Phường 2 has entered its figures but not sent them.
    const key = { unitCode: "P1", regimeCode: "wards_monthly", period: "2023-08" };
    await engine.submissions.transition({
      ...key,
      transition: "submit",
      expectedVersion: 0,
      actor: reporter,
    });
    await engine.submissions.transition({
      ...key,
      transition: "approve",
      expectedVersion: 1,
      actor: leader,
    });
    reports = new ReportService(engine);
  });
  afterEach(() => store.close());

  const preview = (basis: "entered" | "approved") =>
    reports.preview({ unit: "NN", period: "2023-08", template: TEMPLATE, basis }, [
      { role: "viewer", unit: "ST" },
    ]);
  const figures = (document: { blocks: readonly { kind: string }[] }) =>
    document.blocks.flatMap((b) =>
      "runs" in b ? (b.runs as FigureRun[]).filter((r) => r.kind === "figure") : [],
    );

  it("leaves the unapproved ward's rice out of the town's sums, weights and extremes", async () => {
    const { document, checks } = await preview("approved");
    expect(figures(document).map((f) => [f.source, f.value, f.unapproved])).toEqual([
      ["rice_area", 150, "left_out"],
      ["rice_yield", 5, "left_out"],
      ["price_high", 20, "left_out"],
      // A unit outside the cycle (no form) is read as entered.
      ["at(rice_area, P3)", 50, undefined],
    ]);
    const check = checks.find((c) => c.kind === "not_approved");
    expect(check?.message).toBe(
      "Không tính số liệu của các đơn vị chưa duyệt (1 báo cáo): Phường 2 — Báo cáo tháng của phường: đang nhập.",
    );
  });

  it("counts every entered figure by default and marks those the unapproved ward changes", async () => {
    const { document, checks } = await preview("entered");
    expect(figures(document).map((f) => [f.source, f.value, f.unapproved])).toEqual([
      ["rice_area", 450, "included"],
      ["rice_yield", 5.75, "included"],
      ["price_high", 30, "included"],
      ["at(rice_area, P3)", 50, undefined],
    ]);
    expect(checks.find((c) => c.kind === "not_approved")?.message).toMatch(
      /^Số liệu của các đơn vị chưa duyệt \(1 báo cáo, .*\): Phường 2 — Báo cáo tháng của phường: đang nhập\.$/,
    );
    const html = renderHtml(document);
    expect(html).toContain('class="figure unapproved" title="rice_area = 450 — gồm số liệu');
  });

  it("marks nothing and leaves nothing out once every ward's form is approved", async () => {
    const key = { unitCode: "P2", regimeCode: "wards_monthly", period: "2023-08" };
    const p2 = { ...reporter, grants: [{ role: "reporter" as const, unit: "P2" }] };
    await engine.submissions.transition({
      ...key,
      transition: "submit",
      expectedVersion: 0,
      actor: p2,
    });
    await engine.submissions.transition({
      ...key,
      transition: "approve",
      expectedVersion: 1,
      actor: leader,
    });
    for (const basis of ["approved", "entered"] as const) {
      const { document, checks } = await preview(basis);
      expect(figures(document).map((f) => [f.value, f.unapproved])).toEqual([
        [450, undefined],
        [5.75, undefined],
        [30, undefined],
        [50, undefined],
      ]);
      expect(checks.some((c) => c.kind === "not_approved")).toBe(false);
    }
  });
});
