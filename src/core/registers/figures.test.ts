import { describe, expect, it } from "vitest";
import { registerFigures } from "./figures.ts";
import { registerFindings } from "./findings.ts";
import type { RegisterData } from "./register-data.ts";
import type { Project } from "./types.ts";

const project = (code: string, reportingUnit: string, programme = ""): Project => ({
  code,
  nameVi: code,
  managingLevel: "huyen_quan_ly",
  programme,
  ownerUnit: null,
  ownerName: "Ban QLDA",
  reportingUnit,
  locationUnits: [],
  startDate: null,
  endDate: null,
  status: "in_progress",
  note: "",
  synthetic: false,
});

const data: RegisterData = {
  projects: [project("DA_A", "P1"), project("DA_B", "P2", "ctmtqg")],
  capitalPlans: [
    {
      projectCode: "DA_A",
      year: 2023,
      fundSource: "ngan_sach_thi_xa",
      programme: "",
      amount: 100,
      note: "",
      synthetic: false,
    },
    {
      projectCode: "DA_A",
      year: 2023,
      fundSource: "tinh_ho_tro",
      programme: "",
      amount: 50,
      note: "",
      synthetic: false,
    },
    {
      projectCode: "DA_B",
      year: 2023,
      fundSource: "tinh_ho_tro",
      programme: "",
      amount: 40,
      note: "",
      synthetic: false,
    },
  ],
  commitments: [
    {
      projectCode: "",
      managingLevel: "huyen_quan_ly",
      dueDate: "2023-08-31",
      sharePct: 50,
      note: "",
    },
  ],
  disbursements: [
    {
      projectCode: "DA_A",
      period: "2023-08",
      fundSource: "",
      date: null,
      amount: 30,
      status: "official",
      note: "",
      synthetic: false,
    },
    {
      projectCode: "DA_B",
      period: "2023-08",
      fundSource: "",
      date: null,
      amount: 45,
      status: "estimate",
      note: "",
      synthetic: false,
    },
  ],
  siteClearance: [
    {
      projectCode: "DA_B",
      period: "2023-08",
      date: null,
      householdsTotal: 10,
      householdsPaid: 12,
      householdsHandedOver: null,
      amountTotal: null,
      amountPaid: null,
      note: "",
      synthetic: false,
    },
  ],
};

describe("register figures", () => {
  // P2 ends with July: its August figures are left out.
  const valid = (unit: string, month: string) => unit === "P1" || month < "2023-08";
  const figures = registerFigures(data, valid);
  const find = (indicator: string, unit: string, period: string, option: string) =>
    figures.find(
      (f) =>
        f.indicator === indicator &&
        f.unit === unit &&
        f.period === period &&
        Object.values(f.disaggregation)[0] === option,
    );

  it("gives each month of the plan year the plan, count and committed amount by level", () => {
    expect(find("capital_plan", "P1", "2023-01", "huyen_quan_ly")?.value).toBe(150);
    expect(find("capital_projects", "P1", "2023-12", "huyen_quan_ly")?.value).toBe(1);
    expect(find("capital_committed", "P1", "2023-08", "huyen_quan_ly")?.value).toBe(75);
    expect(find("capital_plan_source", "P1", "2023-08", "tinh_ho_tro")?.value).toBe(50);
    expect(find("capital_plan_programme", "P2", "2023-07", "ctmtqg")?.value).toBe(40);
    expect(find("capital_plan", "P2", "2023-08", "huyen_quan_ly")).toBeUndefined();
  });

  it("puts disbursements in their month, by level, and by source only when it is known", () => {
    expect(find("capital_disbursed", "P1", "2023-08", "huyen_quan_ly")).toMatchObject({
      value: 30,
      status: "official",
    });
    // DA_A has two sources in 2023 and the row names none.
    expect(figures.some((f) => f.indicator === "capital_disbursed_source" && f.unit === "P1")).toBe(
      false,
    );
  });

  it("reports disbursement above plan, an unknown source and households paid above total", () => {
    expect(registerFindings(data).map((f) => [f.code, f.key])).toEqual([
      ["register.disbursed_above_plan", "DA_B|2023"],
      ["register.source_unknown", "DA_A|2023-08"],
      ["register.paid_above_total", "DA_B|2023-08"],
    ]);
  });
});
