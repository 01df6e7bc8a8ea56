import type { Dashboard, DashboardLine, ReportingLine } from "../../api/contract.ts";
import { type SheetColumn, type SheetSpec, sheetDay } from "../../export/sheet-spec.ts";
import type { Language, Translate } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";

interface Row {
  readonly sector: string;
  readonly line: DashboardLine;
}

/**
 * The dashboard's indicators, every sector in one table: the month, the year to date, the same
 * period last year and the change, then each kind of target the lines carry (its value and %).
 */
export function indicatorsSheet(
  title: string,
  dashboard: Dashboard,
  { t, lang }: { t: Translate; lang: Language },
): SheetSpec<Row> {
  const named = <T extends { nameVi: string; nameEn?: string }>(item: T) => nameIn(lang, item);
  const rows = dashboard.sectors.flatMap((sector) =>
    sector.lines.map((line) => ({ sector: named(sector), line })),
  );
  const decimals = (row: Row) => row.line.decimals;
  const kinds = new Map<string, string>();
  for (const { line } of rows)
    for (const target of line.targets) kinds.set(target.kind, target.nameVi);
  const targetColumns = [...kinds].flatMap(([kind, name]): SheetColumn<Row>[] => {
    const of = (row: Row) => row.line.targets.find((target) => target.kind === kind);
    return [
      {
        title: t("dash.targetValue", { name }),
        value: (row) => of(row)?.value,
        decimals,
        width: 16,
      },
      {
        title: t("dash.targetPct", { name }),
        value: (row) => of(row)?.pct,
        decimals: 1,
        width: 14,
      },
    ];
  });
  return {
    name: t("dash.sheetIndicators"),
    title,
    rows,
    columns: [
      { title: t("dash.sector"), value: (row) => row.sector, width: 22 },
      { title: t("dash.indicator"), value: (row) => named(row.line), width: 50 },
      { title: t("dash.measure"), value: (row) => row.line.unitNameVi, width: 12 },
      { title: t("dash.month"), value: (row) => row.line.value.value, decimals, width: 14 },
      {
        title: t("dash.estimateMark"),
        value: (row) => statusText(t, row.line.value.status),
        width: 12,
      },
      { title: t("dash.ytd"), value: (row) => row.line.ytd.value, decimals, width: 14 },
      {
        title: t("dash.lastYear"),
        value: (row) => row.line.samePeriodLastYear.value,
        decimals,
        width: 14,
      },
      {
        title: t("dash.lastYearYtd"),
        value: (row) => row.line.samePeriodLastYearYtd.value,
        decimals,
        width: 14,
      },
      { title: t("dash.changePct"), value: (row) => row.line.changePct, decimals: 1, width: 14 },
      {
        title: t("dash.changeYtdPct"),
        value: (row) => row.line.changeYtdPct,
        decimals: 1,
        width: 16,
      },
      ...targetColumns,
    ],
  };
}

/** Who has reported for the month, as the dashboard's reporting table, missing indicators named. */
export function reportingSheet(
  title: string,
  lines: readonly ReportingLine[],
  { t, indicatorName }: { t: Translate; indicatorName: (code: string) => string },
): SheetSpec<ReportingLine> {
  return {
    name: t("dash.reporting"),
    title,
    rows: lines,
    totalLabel: t("projects.total"),
    columns: [
      { title: t("dash.reportingUnit"), value: (line) => line.unitNameVi, width: 28 },
      { title: t("dash.regime"), value: (line) => line.regimeNameVi, width: 36 },
      { title: t("dash.reported"), value: (line) => line.reported, width: 12, sum: true },
      { title: t("dash.expected"), value: (line) => line.expected, width: 12, sum: true },
      { title: t("dash.deadline"), value: (line) => sheetDay(line.deadline), width: 12 },
      { title: t("dash.state"), value: (line) => t(`state.${line.state}`), width: 12 },
      {
        title: t("todo.state"),
        value: (line) => t(`submissionState.${line.submission}`),
        width: 14,
      },
      {
        title: t("dash.missing"),
        value: (line) => line.missing.map(indicatorName).join("; "),
        width: 60,
      },
    ],
  };
}

function statusText(t: Translate, status: DashboardLine["value"]["status"]): string {
  if (status === "estimate") return t("entry.estimate");
  return status === "official" ? t("entry.official") : "";
}
