import { BaocaoError } from "../core/errors.ts";
import { pctOfPlan } from "../core/registers/index.ts";
import type { StoredRegisters } from "../engine/index.ts";

type Clearance = StoredRegisters["siteClearance"][number];

/** The latest site-clearance state of each project up to the month. */
export function latestClearance(stored: StoredRegisters, period: string): Clearance[] {
  const latest = new Map<string, Clearance>();
  for (const s of stored.siteClearance) {
    const seen = latest.get(s.projectCode);
    if (s.period <= period && (!seen || seen.period < s.period)) latest.set(s.projectCode, s);
  }
  return [...latest.values()];
}

/** A project with its plan of the year and what was disbursed up to the month, and the share. */
export function projectView(stored: StoredRegisters, code: string, period: string) {
  const p = stored.projects.find((x) => x.code === code);
  if (!p)
    throw new BaocaoError("register.unknown_project", `Không có dự án mã "${code}".`, { code });
  const year = Number(period.slice(0, 4));
  const plan = stored.capitalPlans
    .filter((c) => c.projectCode === code && c.year === year)
    .reduce((sum, c) => sum + c.amount, 0);
  const disbursed = stored.disbursements
    .filter((d) => d.projectCode === code && d.period >= `${year}-01` && d.period <= period)
    .reduce((sum, d) => sum + d.amount, 0);
  return {
    code: p.code,
    nameVi: p.nameVi,
    managingLevel: p.managingLevel,
    programme: p.programme,
    owner: p.ownerUnit ?? p.ownerName,
    ownerUnit: p.ownerUnit,
    ownerName: p.ownerName,
    reportingUnit: p.reportingUnit,
    locationUnits: [...p.locationUnits],
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    note: p.note,
    synthetic: p.synthetic,
    version: p.version,
    plan,
    disbursed,
    disbursedPct: plan > 0 ? pctOfPlan(disbursed, plan) : null,
  };
}

/** A site-clearance row with its project's name. */
export function clearanceView(stored: StoredRegisters, s: Clearance) {
  return {
    projectCode: s.projectCode,
    projectNameVi: stored.projects.find((p) => p.code === s.projectCode)?.nameVi ?? s.projectCode,
    period: s.period,
    date: s.date,
    householdsTotal: s.householdsTotal,
    householdsPaid: s.householdsPaid,
    householdsHandedOver: s.householdsHandedOver,
    amountTotal: s.amountTotal,
    amountPaid: s.amountPaid,
    note: s.note,
    version: s.version,
  };
}
