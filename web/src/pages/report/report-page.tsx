import { useQuery } from "@tanstack/react-query";
import { call } from "../../api/client.ts";
import { ApiError, api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { ReportEditor } from "./report-editor.tsx";
import { ReportMissing } from "./report-missing.tsx";

/** The report of the unit and month of the URL. */
export function ReportPage() {
  const { unit, period } = useUnitPeriod();
  const query = useQuery({
    queryKey: ["report", unit, period],
    queryFn: () => call(api.reports.get, { params: { unit, period } }),
    staleTime: 0,
    // A refetch with someone else's newer draft would replace the text being edited.
    refetchOnReconnect: false,
  });
  if (query.error instanceof ApiError && query.error.status === 404)
    return <ReportMissing unit={unit} period={period} onCreated={() => void query.refetch()} />;
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
