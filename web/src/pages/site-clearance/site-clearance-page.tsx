import { useQuery } from "@tanstack/react-query";
import { Card } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { ExportButton } from "../../export/export-button.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { clearanceSheet } from "./clearance-sheet.ts";
import { ClearanceTable } from "./clearance-table.tsx";

/** Site clearance progress by project, the latest record up to the month. */
export function SiteClearancePage() {
  const { t } = useI18n();
  const { period } = useUnitPeriod();
  const query = useQuery({
    queryKey: ["site-clearance", period],
    queryFn: () => call(api.registers.siteClearance, { query: { period } }),
  });
  const title = `${t("clearance.title")} — ${fmtMonth(period)}`;
  return (
    <>
      <PageTitle
        title={title}
        extra={
          <ExportButton
            name="site-clearance"
            workbook={() =>
              query.data && {
                fileName: `giai-phong-mat-bang-${period}`,
                sheets: [clearanceSheet(title, query.data.items, t)],
              }
            }
          />
        }
      />
      <Card size="small">
        <QueryState query={query}>{(data) => <ClearanceTable items={data.items} />}</QueryState>
      </Card>
    </>
  );
}
