import { useQuery } from "@tanstack/react-query";
import { call } from "../../api/client.ts";
import { ApiError, api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { ReportEditor } from "./report-editor.tsx";
import { ReportKindPicker } from "./report-kind-picker.tsx";
import { ReportMissing } from "./report-missing.tsx";
import { useReportPeriod } from "./report-period.ts";

/** The report of the unit of the URL, for the kind of period chosen and the header's month. */
export function ReportPage() {
  const { unit } = useUnitPeriod();
  const { period } = useReportPeriod();
  const query = useQuery({
    queryKey: ["report", unit, period],
    queryFn: () => call(api.reports.get, { params: { unit, period } }),
    staleTime: 0,
    // A refetch with someone else's newer draft would replace the text being edited.
    refetchOnReconnect: false,
  });
  if (query.error instanceof ApiError && query.error.status === 404)
    return (
      <>
        <ReportKindPicker />
        <ReportMissing unit={unit} period={period} onCreated={() => void query.refetch()} />
      </>
    );
  return (
    <>
      <ReportKindPicker />
      <QueryState query={query}>
        {(report) => (
          <ReportEditor
            key={`${unit}|${period}|${report.current.version}|${report.current.updatedAt}`}
            report={report}
            reload={() => query.refetch()}
          />
        )}
      </QueryState>
    </>
  );
}
