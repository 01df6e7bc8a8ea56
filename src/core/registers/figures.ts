import { commitmentShare } from "./capital.ts";
import { lastDayOf, monthsOfYear } from "./months.ts";
import {
  projectOption,
  REGISTER_INDICATORS as R,
  REGISTER_SETS as S,
} from "./register-catalogue.ts";
import { programmeOf, type RegisterData, sourceOfDisbursement } from "./register-data.ts";
import type { Project } from "./types.ts";

/** One value the registers put into the engine: an ordinary data value of a register indicator. */
export interface FigureValue {
  readonly indicator: string;
  readonly unit: string;
  readonly period: string;
  readonly disaggregation: Readonly<Record<string, string>>;
  readonly value: number;
  readonly status: "official" | "estimate";
}

/** Whether a unit exists in a month (values cannot be written on a unit that does not). */
export type UnitValidity = (unit: string, month: string) => boolean;

/** Sums figure contributions by indicator, unit, month and option. */
class FigureSums {
  private readonly sums = new Map<string, FigureValue>();

  add(
    indicator: string,
    unit: string,
    period: string,
    set: string,
    option: string,
    value: number,
    estimate = false,
  ) {
    const k = `${indicator}|${unit}|${period}|${set}=${option}`;
    const prior = this.sums.get(k);
    this.sums.set(k, {
      indicator,
      unit,
      period,
      disaggregation: { [set]: option },
      value: (prior?.value ?? 0) + value,
      status: prior?.status === "estimate" || estimate ? "estimate" : "official",
    });
  }

  values(): FigureValue[] {
    return [...this.sums.values()];
  }
}

/**
 * The data values the project registers stand for, on each project's reporting unit:
 * - per month of a plan year: capital plan, committed amount and project count by managing
 *   level, plan and count by fund source and by programme (stocks: the year's figure each month);
 * - per month with disbursements: disbursed by level, source and programme (flows);
 * - per month with a clearance row: households and compensation by project (stocks).
 * Months in which the reporting unit does not exist are left out.
 */
export function registerFigures(data: RegisterData, isValid: UnitValidity): FigureValue[] {
  const sums = new FigureSums();
  const byCode = new Map(data.projects.map((p) => [p.code, p]));
  const years = [...new Set(data.capitalPlans.map((p) => p.year))];
  for (const year of years) {
    for (const project of data.projects) planFigures(sums, data, project, year, isValid);
  }
  for (const d of data.disbursements) {
    const project = byCode.get(d.projectCode);
    if (!project || !isValid(project.reportingUnit, d.period)) continue;
    const unit = project.reportingUnit;
    const estimate = d.status === "estimate";
    sums.add(R.disbursed, unit, d.period, S.level, project.managingLevel, d.amount, estimate);
    const source = sourceOfDisbursement(data, d);
    if (source === "") continue;
    sums.add(R.disbursedBySource, unit, d.period, S.source, source, d.amount, estimate);
    const programme = programmeOf(data, project, Number(d.period.slice(0, 4)), source);
    if (programme)
      sums.add(R.disbursedByProgramme, unit, d.period, S.programme, programme, d.amount, estimate);
  }
  for (const c of data.siteClearance) {
    const project = byCode.get(c.projectCode);
    if (!project || !isValid(project.reportingUnit, c.period)) continue;
    const add = (indicator: string, value: number | null) => {
      if (value !== null)
        sums.add(
          indicator,
          project.reportingUnit,
          c.period,
          S.project,
          projectOption(c.projectCode),
          value,
        );
    };
    add(R.householdsTotal, c.householdsTotal);
    add(R.householdsPaid, c.householdsPaid);
    add(R.householdsHandedOver, c.householdsHandedOver);
    add(R.amountTotal, c.amountTotal);
    add(R.amountPaid, c.amountPaid);
  }
  return sums.values();
}

function planFigures(
  sums: FigureSums,
  data: RegisterData,
  project: Project,
  year: number,
  isValid: UnitValidity,
): void {
  const plans = data.capitalPlans.filter((p) => p.projectCode === project.code && p.year === year);
  if (plans.length === 0) return;
  const total = plans.reduce((s, p) => s + p.amount, 0);
  const unit = project.reportingUnit;
  const programmes = new Map<string, number>();
  for (const plan of plans) {
    const programme = plan.programme || project.programme;
    if (programme) programmes.set(programme, (programmes.get(programme) ?? 0) + plan.amount);
  }
  for (const month of monthsOfYear(year)) {
    if (!isValid(unit, month)) continue;
    const level = project.managingLevel;
    sums.add(R.plan, unit, month, S.level, level, total);
    sums.add(R.projects, unit, month, S.level, level, 1);
    const share = commitmentShare(data.commitments, project, year, lastDayOf(month));
    if (share !== null) sums.add(R.committed, unit, month, S.level, level, (share / 100) * total);
    for (const plan of plans) {
      sums.add(R.planBySource, unit, month, S.source, plan.fundSource, plan.amount);
      sums.add(R.projectsBySource, unit, month, S.source, plan.fundSource, 1);
    }
    for (const [programme, amount] of programmes) {
      sums.add(R.planByProgramme, unit, month, S.programme, programme, amount);
      sums.add(R.projectsByProgramme, unit, month, S.programme, programme, 1);
    }
  }
}
