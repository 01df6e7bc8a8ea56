import { useQuery } from "@tanstack/react-query";
import { Empty } from "antd";
import { call } from "../../api/client.ts";
import { ApiError, api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { ReportEditor } from "./report-editor.tsx";

/** The report of the unit and month of the URL. */
export function ReportPage() {
  const { t } = useI18n();
  const { unit, period } = useUnitPeriod();
  const query = useQuery({
    queryKey: ["report", unit, period],
    queryFn: () => call(api.reports.get, { params: { unit, period } }),
    staleTime: 0,
  });
  if (query.error instanceof ApiError && query.error.status === 404)
    return (
      <Empty
        data-testid="report-missing"
        style={{ marginTop: 64 }}
        description={
          <>
            <div>{t("report.notFound")}</div>
            <div style={{ color: "#888" }}>{query.error.message}</div>
          </>
        }
      />
    );
  return (
    <QueryState query={query}>
      {(report) => (
        <ReportEditor
          key={`${unit}|${period}|${report.current.version}|${report.current.updatedAt}`}
          report={report}
          reload={() => query.refetch()}
        />
      )}
    </QueryState>
  );
}
