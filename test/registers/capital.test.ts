import { afterEach, beforeEach, expect, it } from "vitest";
import { isBaocaoError } from "../../src/core/errors.ts";
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
} from "../../src/core/numbers/index.ts";
import type { Engine, QueryRow } from "../../src/engine/index.ts";
import { readImportFiles, writeRegisterFiles } from "../../src/formats/index.ts";
import type { Store } from "../../src/store/index.ts";
import { describeEachEngine } from "../support/engines.ts";
import { importer, registerEngine } from "./fixture.ts";

/** The report's sentences on public investment (section I.1), as written. */
const PROVINCE =
  "vốn tỉnh quản lý 64,300 tỷ đồng, 04 công trình, đã giải ngân 21,727 tỷ, đạt 34% kế hoạch (thấp hơn so với cam kết giải ngân tỉnh 0,2%)";
const TOWN =
  "vốn Thị xã quản lý 56,924 tỷ đồng, 19 công trình, đã giải ngân 42,088 tỷ đồng, đạt 74% kế hoạch vốn (thấp hơn so với cam kết giải ngân tỉnh 16,4%)";
const PROGRAMMES =
  "vốn tỉnh bổ sung có mục tiêu về ngân sách thị xã thực hiện các Chương trình mục tiêu quốc gia đã giải ngân 4,836/4,985 tỷ đồng đạt 97,01%";
const TOTAL =
  "Tổng vốn đầu tư xây dựng cơ bản năm 2023 đến nay là 121,224 tỷ đồng, gồm 23 dự án, công trình";
const D3 =
  "Dự án đầu tư xây dựng công trình đường D3, N1 đến D2 đã chi trả cho 11/30 hộ với số tiền 8.701.210.279/15.394.966.145 đồng đạt 56,52%";
const CENTRE = "đã chi trả cho 12/70 hộ với số tiền 3.600.966.728/53.856.840.942 đồng, đạt 6,69%";

const ty = (trieu: number, currency?: string) =>
  formatMoney(trieu * 1e6, {
    scale: "ty",
    decimals: 3,
    ...(currency === undefined ? {} : { currency }),
  });

describeEachEngine("registers: capital and site clearance figures in the engine", (fresh) => {
  let store: Store;
  let engine: Engine;
  beforeEach(async () => {
    store = await fresh();
    engine = await registerEngine(store);
  });
  afterEach(() => store.close());

  /** The town's rows for August 2023, every option included, by `indicator|option`. */
  async function august(indicators: string[]): Promise<Map<string, QueryRow>> {
    const rows = await engine.query({
      indicators,
      units: ["NGA_NAM"],
      periods: ["2023-08"],
      measures: ["value", "ytd"],
      disaggregations: true,
    });
    return new Map(rows.map((r) => [`${r.indicator}|${r.disaggregation.split("=")[1] ?? ""}`, r]));
  }
  const num = (rows: Map<string, QueryRow>, key: string, measure: "value" | "ytd" = "value") => {
    const figure = rows.get(key)?.[measure]?.value;
    if (typeof figure !== "number") throw new Error(`no figure for ${key}`);
    return figure;
  };

  it("computes the report's capital, disbursement and commitment-gap sentences from project rows", async () => {
    const r = await august([
      "capital_plan",
      "capital_projects",
      "capital_disbursed",
      "capital_disbursed_pct_tinh_quan_ly",
      "capital_commitment_gap_tinh_quan_ly",
      "capital_disbursed_pct_huyen_quan_ly",
      "capital_commitment_gap_huyen_quan_ly",
      "capital_plan_programme",
      "capital_disbursed_programme",
    ]);
    const level = (
      code: "tinh_quan_ly" | "huyen_quan_ly",
      name: string,
      ofPlan: string,
      tail: string,
    ) =>
      `${name} ${ty(num(r, `capital_plan|${code}`))}, ${formatNumber(num(r, `capital_projects|${code}`), { pad2: true })} công trình, đã giải ngân ${ty(num(r, `capital_disbursed|${code}`, "ytd"), tail)}, đạt ${formatPercent(num(r, `capital_disbursed_pct_${code}|`), { decimals: 0 })} ${ofPlan} (${gapPhrase(num(r, `capital_commitment_gap_${code}|`))})`;

    expect(
      `Tổng vốn đầu tư xây dựng cơ bản năm 2023 đến nay là ${ty(num(r, "capital_plan|"))}, gồm ${num(r, "capital_projects|")} dự án, công trình`,
    ).toBe(TOTAL);
    expect(level("tinh_quan_ly", "vốn tỉnh quản lý", "kế hoạch", "")).toBe(PROVINCE);
    expect(level("huyen_quan_ly", "vốn Thị xã quản lý", "kế hoạch vốn", "đồng")).toBe(TOWN);

    const done = num(r, "capital_disbursed_programme|ctmtqg", "ytd");
    const plan = num(r, "capital_plan_programme|ctmtqg");
    expect(
      `vốn tỉnh bổ sung có mục tiêu về ngân sách thị xã thực hiện các Chương trình mục tiêu quốc gia đã giải ngân ${formatRatio(done * 1e6, plan * 1e6, { scale: "ty", decimals: 3 })} đạt ${formatPercent((done / plan) * 100, { decimals: 2 })}`,
    ).toBe(PROGRAMMES);

    // The exact figures behind the rounded ones: 34,0% committed by 31/8, 33,79% disbursed.
    expect(num(r, "capital_disbursed_pct_tinh_quan_ly|")).toBeCloseTo(33.79, 2);
    expect(num(r, "capital_commitment_gap_tinh_quan_ly|")).toBeCloseTo(-0.21, 2);
    expect(num(r, "capital_commitment_gap_huyen_quan_ly|")).toBeCloseTo(-16.36, 2);
    // A month estimate (DA_H01's August disbursement) makes the town's figures estimates.
    expect(r.get("capital_disbursed|huyen_quan_ly")?.ytd?.status).toBe("estimate");
    expect(r.get("capital_disbursed|tinh_quan_ly")?.ytd?.status).toBe("official");
  });

  it("rolls each project's figures up from its reporting unit to the town", async () => {
    const [qlda] = await engine.query({
      indicators: ["capital_plan"],
      units: ["NN_QLDA"],
      periods: ["2023-08"],
      measures: ["value"],
    });
    // Thirteen town projects are owned by the project board; the programme works by communes.
    expect(qlda?.value?.value).toBe(56924 - 4985);
    const [ward2] = await engine.query({
      indicators: ["capital_projects"],
      units: ["PHUONG_2"],
      periods: ["2023-08"],
      measures: ["value"],
    });
    // DA_T03 (built in Ward 2, owned by a province department) counts there; DA_H06, DA_H07 too.
    expect(ward2?.value?.value).toBe(3);
    const projects = await engine.registers.stored();
    const t02 = projects.projects.find((p) => p.code === "DA_T02");
    // Built across two wards and owned by a province board: it counts in the town.
    expect(t02?.reportingUnit).toBe("NGA_NAM");
  });

  it("computes the site clearance sentences per project", async () => {
    const r = await august([
      "clearance_households_total",
      "clearance_households_paid",
      "clearance_amount_total",
      "clearance_amount_paid",
    ]);
    const sentence = (option: string) => {
      const households = formatRatio(
        num(r, `clearance_households_paid|${option}`),
        num(r, `clearance_households_total|${option}`),
        { unit: "hộ" },
      );
      const paid = num(r, `clearance_amount_paid|${option}`);
      const total = num(r, `clearance_amount_total|${option}`);
      return { households, money: formatRatio(paid, total, { scale: "dong" }) };
    };
    const [d3pct, centrePct] = await engine.evaluate({
      unit: "NGA_NAM",
      period: "2023-08",
      sources: [
        "clearance_amount_paid[da_h03] / clearance_amount_total[da_h03] * 100",
        "clearance_amount_paid[da_t02] / clearance_amount_total[da_t02] * 100",
      ],
    });
    const d3 = sentence("da_h03");
    expect(
      `Dự án đầu tư xây dựng công trình đường D3, N1 đến D2 đã chi trả cho ${d3.households} với số tiền ${d3.money} đạt ${formatPercent(d3pct?.value as number, { decimals: 2 })}`,
    ).toBe(D3);
    const centre = sentence("da_t02");
    expect(
      `đã chi trả cho ${centre.households} với số tiền ${centre.money}, đạt ${formatPercent(centrePct?.value as number, { decimals: 2 })}`,
    ).toBe(CENTRE);
    expect(
      formatRatio(
        num(r, "clearance_households_paid|da_t01"),
        num(r, "clearance_households_total|da_t01"),
        { unit: "hộ" },
      ),
    ).toBe("192/198 hộ");
    // July's row is the state as of July; the ytd of a stock is its latest month.
    const july = await engine.query({
      indicators: ["clearance_households_paid"],
      units: ["NGA_NAM"],
      periods: ["2023-07"],
      measures: ["value"],
      disaggregations: true,
    });
    expect(july.find((x) => x.disaggregation === "register_project=da_h03")?.value?.value).toBe(9);
  });

  it("follows register edits: figures change, audited as data values, and vanish with their rows", async () => {
    const summary = await engine.registers.write(
      {
        disbursements: [
          { projectCode: "DA_T01", period: "2023-08", amount: 5370 + 1286, expectedVersion: 1 },
        ],
        siteClearance: [{ projectCode: "DA_H03", period: "2023-07", delete: true }],
      },
      { by: "office", via: "form" },
    );
    expect(summary.disbursements).toMatchObject({ updated: 1 });
    expect(summary.siteClearance).toMatchObject({ deleted: 1 });
    const r = await august([
      "capital_disbursed_pct_tinh_quan_ly",
      "capital_commitment_gap_tinh_quan_ly",
    ]);
    expect(num(r, "capital_disbursed_pct_tinh_quan_ly|")).toBeCloseTo((23013 / 64300) * 100, 9);
    expect(num(r, "capital_commitment_gap_tinh_quan_ly|")).toBeCloseTo(1.79, 2);
    const history = await engine.valueHistory({
      indicatorCode: "capital_disbursed",
      unitCode: "NGA_NAM",
      period: "2023-08",
      disaggregation: "managing_level=tinh_quan_ly",
    });
    // The town's own projects (DA_T01, DA_T02, DA_T04) make 9.489 triệu in August.
    expect(history.map((h) => [h.action, h.oldValue, h.newValue, h.by, h.via])).toEqual([
      ["create", null, 9489, "clerk", "import"],
      ["update", 9489, 10775, "office", "form"],
    ]);
    const july = await store.repos.values.list({
      indicatorCodes: ["clearance_households_paid"],
      periods: ["2023-07"],
    });
    expect(july).toEqual([]);
    const changes = await engine.registers.history("disbursements", "DA_T01|2023-08|");
    expect(
      changes.map((c) => [c.version, c.action, (c.newData as { amount: number }).amount]),
    ).toEqual([
      [1, "create", 5370],
      [2, "update", 6656],
    ]);
    expect(changes[1]?.oldData).toMatchObject({ amount: 5370 });
  });

  it("refuses a stale register write, naming the newer record, and writes nothing", async () => {
    await engine.registers.write(
      {
        projects: [
          { ...(await project("DA_H03")), nameVi: "Đường D3 (đã đổi tên)", expectedVersion: 1 },
        ],
      },
      { by: "first clerk", via: "form" },
    );
    const stale = engine.registers.write(
      {
        projects: [
          { ...(await project("DA_H03")), nameVi: "Đường D3 – bản cũ", expectedVersion: 1 },
        ],
        disbursements: [{ projectCode: "DA_H03", period: "2023-09", amount: 100 }],
      },
      { by: "second clerk", via: "form" },
    );
    await expect(stale).rejects.toSatisfy(
      (e) =>
        isBaocaoError(e, "register.conflict") &&
        /first clerk/.test(e.message) &&
        (e.details.current as { nameVi: string }).nameVi === "Đường D3 (đã đổi tên)" &&
        e.details.currentVersion === 2,
    );
    expect((await project("DA_H03")).nameVi).toBe("Đường D3 (đã đổi tên)");
    const stored = await engine.registers.stored();
    expect(stored.disbursements.some((d) => d.period === "2023-09")).toBe(false);
  });

  it("keeps questionable data and reports it as findings", async () => {
    const summary = await engine.registers.write(
      {
        disbursements: [{ projectCode: "DA_H19", period: "2023-09", amount: 500 }],
        siteClearance: [
          { projectCode: "DA_H02", period: "2023-09", householdsTotal: 178, householdsPaid: 180 },
        ],
      },
      { by: "clerk", via: "form" },
    );
    expect(summary.findings.map((f) => [f.code, f.key])).toEqual([
      ["register.disbursed_above_plan", "DA_H19|2023"],
      ["register.paid_above_total", "DA_H02|2023-09"],
    ]);
    expect(summary.findings[0]?.message).toBe(
      "Dự án DA_H19 đã giải ngân 752 triệu đồng năm 2023, vượt kế hoạch vốn 650 triệu đồng.",
    );
    // Kept as entered, and counted.
    const [row] = await engine.query({
      indicators: ["clearance_households_paid"],
      units: ["NGA_NAM"],
      periods: ["2023-09"],
      measures: ["value"],
      disaggregations: true,
    });
    expect(row?.value?.value).toBe(180);
    expect(await engine.registers.findings()).toHaveLength(2);
  });

  it("changes nothing when the same files are imported again, and exports files that import back unchanged", async () => {
    const stored = await engine.registers.stored();
    const files = writeRegisterFiles(stored);
    expect(files.map((f) => f.name)).toEqual([
      "projects.csv",
      "capital-plans.csv",
      "commitments.csv",
      "disbursements.csv",
      "site-clearance.csv",
      "tasks.csv",
      "task-progress.csv",
    ]);
    const again = await engine.import(readImportFiles(files).bundle, importer);
    const counts = again.registers;
    expect(counts?.values).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    for (const part of [
      "projects",
      "capitalPlans",
      "commitments",
      "disbursements",
      "siteClearance",
      "tasks",
    ] as const)
      expect(counts?.[part]).toMatchObject({
        created: 0,
        updated: 0,
        deleted: 0,
        unchanged: stored[part].length,
      });
    expect(counts?.taskProgress).toEqual({ added: 0, unchanged: 1 });
  });

  async function project(code: string) {
    const p = (await engine.registers.stored()).projects.find((x) => x.code === code);
    if (!p) throw new Error(code);
    const { version: _v, updatedAt: _a, updatedBy: _b, ...fields } = p;
    return fields;
  }
});

/** "thấp hơn so với cam kết giải ngân tỉnh 0,2%" from a gap in points. */
function gapPhrase(points: number): string {
  const word = points < 0 ? "thấp hơn" : "cao hơn";
  return `${word} so với cam kết giải ngân tỉnh ${formatPercent(Math.abs(points), { decimals: 1 })}`;
}
