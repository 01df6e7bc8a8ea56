import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/index.ts";
import { composeReport, type Run, reportChecks } from "../../src/report/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { clerk } from "../engine/fixture.ts";
import { seasonCrop, twoSetEngine } from "../engine/two-sets-engine.ts";

const template = [
  "Diện tích gieo trồng {{ crop_area | number:0 }} ha, vụ Hè Thu {{ crop_area[season=he_thu] | number:0 }} ha (lúa {{ crop_area[he_thu, lua] | number:0 }} ha).",
  "Lúa cả năm đến nay {{ ytd(crop_area[crop=lua]) | number:0 }} ha, đạt {{ pct_of(crop_area[he_thu], plan) | percent:1 }} kế hoạch vụ Hè Thu.",
  "Vụ Đông Xuân: {{ crop_area[dong_xuan] | number:0 }} ha.",
  "Thiệt hại vụ Hè Thu: {{ crop_damage[he_thu] | number:0 }} ha.",
].join("\n");

const text = (runs: readonly Run[]) => runs.map((r) => ("text" in r ? r.text : "")).join("");

describe("a report on an indicator of two category sets (issue 17)", () => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await openStore({ engine: "sqlite", path: ":memory:" });
    engine = await twoSetEngine(store);
    await engine.saveTargets([
      {
        indicator: "crop_area",
        reportingUnit: "NN",
        year: 2023,
        kind: "plan",
        category: "season",
        option: "he_thu",
        value: 2000,
      },
    ]);
    const area = (unit: string, period: string, season: string, crop: string, value: number) =>
      seasonCrop("crop_area", unit, period, season, crop, value);
    await engine.write(
      [
        area("P1", "2023-08", "he_thu", "lua", 1200),
        area("P2", "2023-08", "he_thu", "ngo", 300),
        area("P2", "2023-08", "mua", "lua", 450),
        area("P1", "2023-03", "mua", "lua", 100),
      ],
      clerk,
    );
  });
  afterEach(() => store.close());

  it("writes the totals of one set, and marks the unsummable and empty selections with their line", async () => {
    const report = await composeReport(engine, { template, unit: "NN", period: "2023-08" });
    expect(report.blocks.map((b) => (b.kind === "table" ? "" : text(b.runs)))).toEqual([
      "Diện tích gieo trồng 1.950 ha, vụ Hè Thu 1.500 ha (lúa 1.200 ha).",
      "Lúa cả năm đến nay 1.750 ha, đạt 75,0% kế hoạch vụ Hè Thu.",
      "Vụ Đông Xuân: [?] ha.",
      "Thiệt hại vụ Hè Thu: [?] ha.",
    ]);
    const unresolved = (await reportChecks(engine, report)).filter(
      (c) => c.kind === "unresolved_figure",
    );
    expect(unresolved.map((c) => [c.line, c.severity])).toEqual([
      [3, "error"],
      [4, "error"],
    ]);
    expect(unresolved[0]?.message).toContain("không có số liệu");
    expect(unresolved[1]?.message).toBe(
      "Dòng 4: số liệu {{ crop_damage[he_thu] }} chưa tính được (Không cộng được các mục của phân tổ 'crop' của chỉ tiêu 'crop_damage' (số tổng của phân tổ này nhập riêng, không bằng tổng các mục): chọn thêm một mục 'crop', ví dụ crop_damage[he_thu, crop=lua] ở dòng 1, cột 1).",
    );
  });
});
