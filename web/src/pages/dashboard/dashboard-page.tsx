import { useQuery } from "@tanstack/react-query";
import { Card, Col, Empty, Row, Spin } from "antd";
import { lazy, Suspense, useState } from "react";
import { call } from "../../api/client.ts";
import { api, type Dashboard } from "../../api/contract.ts";
import { useIndicatorName } from "../../api/use-indicator-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { ExportButton } from "../../export/export-button.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { indicatorsSheet, reportingSheet } from "./dashboard-sheets.ts";
import { ReportingTable } from "./reporting-table.tsx";
import { SectorTable } from "./sector-table.tsx";

// ECharts is big: load it after the tables.
const TrendChart = lazy(() => import("./trend-chart.tsx").then((m) => ({ default: m.TrendChart })));

function findLine(dashboard: Dashboard, indicator: string | undefined) {
  for (const sector of dashboard.sectors)
    for (const line of sector.lines) if (line.indicator === indicator) return line;
  return dashboard.sectors[0]?.lines[0];
}

/** Key indicators of the unit and month by sector, a trend chart and who has reported. */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const { unit, period } = useUnitPeriod();
  const unitName = useUnitName();
  const indicatorName = useIndicatorName();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const query = useQuery({
    queryKey: ["dashboard", unit, period],
    queryFn: () => call(api.dashboard.dashboard, { query: { unit, period } }),
  });
  return (
    <QueryState query={query}>
      {(dashboard) => {
        const line = findLine(dashboard, selected);
        const title = `${t("dash.title")} — ${unitName(dashboard.unit.code)} — ${fmtMonth(period)}`;
        return (
          <>
            <PageTitle
              title={title}
              extra={
                <ExportButton
                  name="dashboard"
                  workbook={() => ({
                    fileName: `bang-dieu-hanh-${dashboard.unit.code}-${period}`,
                    sheets: [
                      indicatorsSheet(title, dashboard, { t, lang }),
                      reportingSheet(`${t("dash.reporting")} — ${title}`, dashboard.reporting, {
                        t,
                        indicatorName,
                      }),
                    ],
                  })}
                />
              }
            />
            <Row gutter={16}>
              <Col xs={24} xxl={15} xl={15}>
                {dashboard.sectors.length === 0 && (
                  <Card>
                    <Empty description={t("dash.noData")} />
                  </Card>
                )}
                {dashboard.sectors.map((sector) => (
                  <SectorTable
                    key={sector.code}
                    sector={sector}
                    selected={line?.indicator}
                    onSelect={setSelected}
                  />
                ))}
              </Col>
              <Col xs={24} xxl={9} xl={9}>
                <div>
                  <Suspense fallback={<Spin />}>
                    <TrendChart
                      unit={unit}
                      period={period}
                      indicator={line?.indicator}
                      title={line ? nameIn(lang, line) : ""}
                      decimals={line?.decimals ?? 0}
                    />
                  </Suspense>
                  <ReportingTable lines={dashboard.reporting} cycle={dashboard.cycle} />
                </div>
              </Col>
            </Row>
          </>
        );
      }}
    </QueryState>
  );
}
