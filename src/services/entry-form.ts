import { getSector, type Indicator, measureUnitName } from "../core/catalogue/index.ts";
import { parsePeriod } from "../core/periods/index.ts";
import { isFiledIn } from "../core/regimes/index.ts";
import type { TransitionActor } from "../core/submissions/index.ts";
import type { Finding } from "../core/validation/index.ts";
import { type DataValueRecord, keyString } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";
import { entryCells } from "./entry-cells.ts";
import { laterFilings, longerPeriodsFiled } from "./filed-periods.ts";
import { submissionItem } from "./submission-item.ts";
import { unitAsOf } from "./unit-scope.ts";

/**
 * The data-entry form of a unit and month: the indicators it reports by sector with their cells
 * (stored values and the versions they were typed over), where its forms stand in the collection
 * cycle and which indicators those lock, whether this user may write, and the findings.
 */
export async function entryFormOf(
  engine: Engine,
  unitCode: string,
  period: string,
  who: {
    readonly mayWrite: boolean;
    /** May approve (and remind) the unit's forms. */
    readonly mayReview: boolean;
    readonly actor: TransitionActor;
  },
) {
  const unit = unitAsOf(engine, unitCode, period);
  const stored = await engine.storedValues({ unitCodes: [unitCode], periods: [period] });
  const indicators = await indicatorsReportedBy(engine, unitCode, period, stored);
  const catalogue = engine.catalogue;
  const audited = await engine.auditedVersions({
    unitCodes: [unitCode],
    periods: [period],
    indicatorCodes: indicators.map((i) => i.code),
  });
  const bySector = new Map<string, ReturnType<typeof entryLine>[]>();
  const entryLine = (indicator: Indicator) => ({
    code: indicator.code,
    nameVi: indicator.nameVi,
    nameEn: indicator.nameEn,
    unitNameVi: measureUnitName(catalogue, indicator.unit),
    valueType: indicator.valueType,
    decimals: indicator.decimals,
    cells: entryCells(catalogue, indicator, stored, (disaggregation) =>
      audited.get(keyString({ indicatorCode: indicator.code, unitCode, period, disaggregation })),
    ),
  });
  for (const indicator of indicators)
    bySector.set(indicator.sector, [
      ...(bySector.get(indicator.sector) ?? []),
      entryLine(indicator),
    ]);
  const forms = await engine.submissions.list(period, (u) => u === unitCode);
  const lockedForms = new Set(forms.filter((f) => f.locked).map((f) => f.regime));
  const regimes = await engine.regimes();
  const locked = new Set(
    regimes.filter((r) => lockedForms.has(r.code)).flatMap((r) => r.indicators),
  );
  const shown = new Set(indicators.map((i) => i.code));
  return {
    unit,
    period,
    editable: who.mayWrite && indicators.some((i) => !locked.has(i.code)),
    submissions: forms.map((f) => submissionItem(f, who.actor, who.mayReview)),
    lockedIndicators: indicators.filter((i) => locked.has(i.code)).map((i) => i.code),
    // A quarterly (half, nine-month, yearly) form's figures are the whole period's: the form
    // shows them apart, named by their period, so the clerk does not type one month's figure.
    longerPeriods: longerPeriodsFiled(regimes, unitCode, period)
      .map((p) => ({ ...p, indicators: p.indicators.filter((code) => shown.has(code)) }))
      .filter((p) => p.indicators.length > 0),
    laterFilings: laterFilings(regimes, unitCode, period),
    sectors: [...bySector].map(([code, list]) => ({
      code,
      nameVi: getSector(code).nameVi,
      indicators: list,
    })),
    findings: (await engine.validate(unitCode, period)).map(findingView),
  };
}

/**
 * What a unit enters in a month: the indicators of the reporting regimes it belongs to that are
 * filed that month (a quarterly form in the quarter's last month), plus any it has stored this
 * month; a unit outside every regime gets every stored (non-derived) indicator.
 */
export async function indicatorsReportedBy(
  engine: Engine,
  unit: string,
  period: string,
  stored: readonly DataValueRecord[],
): Promise<Indicator[]> {
  const codes = new Set<string>();
  const month = parsePeriod(period);
  const regimes = (await engine.regimes()).filter((r) => r.reportingUnits.includes(unit));
  for (const regime of regimes)
    if (isFiledIn(regime, month)) for (const code of regime.indicators) codes.add(code);
  for (const value of stored) codes.add(value.indicatorCode);
  const all = engine.catalogue.indicators.filter((i) => !i.formula);
  // A unit of a quarterly form only has nothing to enter in the quarter's first two months.
  return regimes.length === 0 && codes.size === 0 ? all : all.filter((i) => codes.has(i.code));
}

/** A validation finding as the entry form shows it, with the values it read. */
export function findingView(f: Finding) {
  return {
    rule: f.ruleCode,
    severity: f.severity,
    message: f.message,
    values: f.values.map((v) => ({ ...v })),
  };
}
