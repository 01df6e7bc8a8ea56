import { useQuery } from "@tanstack/react-query";
import { Card } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { ClearanceTable } from "./clearance-table.tsx";

/** Site clearance progress by project, the latest record up to the month. */
export function SiteClearancePage() {
  const { t } = useI18n();
  const { period } = useUnitPeriod();
  const query = useQuery({
    queryKey: ["site-clearance", period],
    queryFn: () => call(api.registers.siteClearance, { query: { period } }),
  });
  return (
    <>
      <PageTitle title={`${t("clearance.title")} — ${fmtMonth(period)}`} />
      <Card size="small">
        <QueryState query={query}>{(data) => <ClearanceTable items={data.items} />}</QueryState>
      </Card>
    </>
  );
}
