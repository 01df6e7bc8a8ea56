import { useQuery } from "@tanstack/react-query";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { EntryFormView } from "./entry-form-view.tsx";

/** Data entry for the unit and month of the URL. */
export function EntryPage() {
  const { unit, period } = useUnitPeriod();
  const query = useQuery({
    queryKey: ["entry", unit, period],
    queryFn: () => call(api.values.entry, { query: { unit, period } }),
    staleTime: 0,
  });
  return (
    <QueryState query={query}>
      {(form) => (
        <EntryFormView key={`${unit}|${period}`} form={form} reload={() => query.refetch()} />
      )}
    </QueryState>
  );
}
