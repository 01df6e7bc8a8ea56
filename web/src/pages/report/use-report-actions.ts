import { useMutation } from "@tanstack/react-query";
import { call } from "../../api/client.ts";
import { api, type ReportView } from "../../api/contract.ts";

/** The version a saved draft will have: the open draft's, or the next after an issued one. */
export function draftVersion(report: ReportView): number {
  return report.current.status === "draft" ? report.current.version : report.current.version + 1;
}

/** Save draft, carry forward and issue, each a mutation of the report of `report`. */
export function useReportActions(report: ReportView) {
  const params = { unit: report.unit, period: report.period };
  const save = useMutation({
    mutationFn: (template: string) =>
      call(api.reports.saveDraft, {
        params,
        body: {
          template,
          expectedVersion: draftVersion(report),
          // A draft keeps its version while edited: its time tells a stale editor apart.
          ...(report.current.status === "draft"
            ? { expectedUpdatedAt: report.current.updatedAt }
            : {}),
        },
      }),
  });
  const carry = useMutation({
    mutationFn: () => call(api.reports.carryForward, { params }),
  });
  const issue = useMutation({
    mutationFn: (force: boolean) =>
      call(api.reports.issue, { params, body: force ? { force: true } : {} }),
  });
  return { save, carry, issue };
}
