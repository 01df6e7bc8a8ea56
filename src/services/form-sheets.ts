import { getSector, type Indicator, measureUnitName, valueRange } from "../core/catalogue/index.ts";
import {
  formatPeriodId,
  type Period,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
} from "../core/periods/index.ts";
import { filingMonth, isFiledIn } from "../core/regimes/index.ts";
import { dueDate } from "../core/submissions/index.ts";
import { type DataValueRecord, keyString } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";
import type { FormLine, FormSheet } from "../formats/index.ts";
import { entryCells } from "./entry-cells.ts";
import { indicatorsReportedBy } from "./entry-form.ts";
import { longerPeriodsFiled } from "./filed-periods.ts";
import { unitAsOf } from "./unit-scope.ts";

/** The form a unit's month is named by when no monthly form of it is filed. */
const DEFAULT_FORM = { code: "BM-SL", nameVi: "Số liệu kinh tế - xã hội hằng tháng" } as const;

/**
 * A unit's Excel forms for a month: one sheet of the month's figures and, in a quarter's (half's,
 * nine months', year's) last month, one of each longer period a form of the unit is filed for —
 * headed by that period, with the previous period and the same period last year as reference
 * (values of a longer period are kept in its last month, so those are read there) and the
 * period's id in the hidden keys, so an upload writes the whole period's figures.
 */
export async function formSheetsOf(
  engine: Engine,
  unitCode: string,
  monthId: string,
): Promise<FormSheet[]> {
  const unit = unitAsOf(engine, unitCode, monthId);
  const month = parsePeriod(monthId);
  const [stored] = await storedIn(engine, unitCode, [month]);
  const indicators = await indicatorsReportedBy(engine, unitCode, monthId, stored ?? []);
  const regimes = await engine.regimes();
  const longer = longerPeriodsFiled(regimes, unitCode, monthId);
  const ofLonger = new Set(longer.flatMap((p) => p.indicators));
  const monthly = regimes.find(
    (r) => r.frequency === "month" && r.reportingUnits.includes(unitCode) && isFiledIn(r, month),
  );
  const parts = [
    // The month's sheet even when empty, unless the month holds only a longer period's form.
    {
      period: month,
      form: monthly ? { code: monthly.code, nameVi: monthly.nameVi } : DEFAULT_FORM,
      dueDate: monthly ? dueDate(monthly, monthId) : undefined,
      indicators: indicators.filter((i) => !ofLonger.has(i.code)),
    },
    ...longer.map((p) => {
      const first = regimes.find((r) => r.code === p.forms[0]?.code);
      return {
        period: parsePeriod(p.period),
        form: {
          code: p.forms.map((f) => f.code).join(", "),
          nameVi: p.forms.map((f) => f.nameVi).join("; "),
        },
        dueDate: first ? dueDate(first, monthId) : undefined,
        indicators: indicators.filter((i) => p.indicators.includes(i.code)),
      };
    }),
  ].filter((part, i) => part.indicators.length > 0 || (i === 0 && longer.length === 0));
  const sheets: FormSheet[] = [];
  for (const part of parts)
    sheets.push({
      unit: { code: unit.code, nameVi: unit.nameVi },
      period: formatPeriodId(part.period),
      form: part.form,
      ...(part.dueDate ? { dueDate: part.dueDate } : {}),
      lines: await linesOf(engine, unitCode, part.period, part.indicators),
    });
  return sheets;
}

/** The stored values of each period, read in the month each is kept in (a quarter: its last). */
async function storedIn(
  engine: Engine,
  unitCode: string,
  periods: readonly Period[],
): Promise<DataValueRecord[][]> {
  return Promise.all(
    periods.map((p) => engine.storedValues({ unitCodes: [unitCode], periods: [keptMonthId(p)] })),
  );
}

/** The month a period's values are kept in: the month itself, or a longer period's last. */
function keptMonthId(p: Period): string {
  return formatPeriodId(filingMonth(p));
}

async function linesOf(
  engine: Engine,
  unitCode: string,
  period: Period,
  indicators: readonly Indicator[],
): Promise<FormLine[]> {
  const catalogue = engine.catalogue;
  const [stored, previous, lastYear] = await storedIn(engine, unitCode, [
    period,
    previousPeriod(period),
    samePeriodLastYear(period),
  ]);
  const kept = keptMonthId(period);
  const audited = await engine.auditedVersions({
    unitCodes: [unitCode],
    periods: [kept],
    indicatorCodes: indicators.map((i) => i.code),
  });
  const figure = (records: readonly DataValueRecord[] | undefined, code: string, d: string) =>
    records?.find((r) => r.indicatorCode === code && r.disaggregation === d)?.value ?? null;
  return indicators.flatMap((indicator) => {
    const range = valueRange(indicator, catalogue.measureUnits);
    return entryCells(catalogue, indicator, stored ?? [], (d) =>
      audited.get(
        keyString({ indicatorCode: indicator.code, unitCode, period: kept, disaggregation: d }),
      ),
    ).map((cell) => ({
      sectorVi: getSector(indicator.sector).nameVi,
      indicator: indicator.code,
      nameVi: indicator.nameVi,
      disaggregation: cell.disaggregation,
      labelVi: cell.labelVi,
      unitVi: measureUnitName(catalogue, indicator.unit),
      valueType: indicator.valueType,
      decimals: indicator.decimals,
      ...(range.min !== undefined ? { min: range.min } : {}),
      ...(range.max !== undefined ? { max: range.max } : {}),
      value: cell.value ?? cell.textValue,
      status: cell.status,
      note: cell.note,
      version: cell.version,
      previous: figure(previous, indicator.code, cell.disaggregation),
      samePeriodLastYear: figure(lastYear, indicator.code, cell.disaggregation),
    }));
  });
}
