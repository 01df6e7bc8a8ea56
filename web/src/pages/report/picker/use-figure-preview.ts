import { useQuery } from "@tanstack/react-query";
import { call } from "../../../api/client.ts";
import { api } from "../../../api/contract.ts";
import { errorMessage } from "../../../api/errors.ts";
import { useDebounced } from "../../../hooks/use-debounced.ts";

/**
 * The picked figure as the report would write it for this unit and period: the same preview the
 * editor uses, of a one-figure template, so what is shown is exactly what will be printed.
 */
export function useFigurePreview(unit: string, period: string, template: string | undefined) {
  const settled = useDebounced(template, 300);
  const query = useQuery({
    queryKey: ["figure-preview", unit, period, settled],
    queryFn: () =>
      call(api.reports.preview, {
        params: { unit, period },
        query: { figures: "entered" },
        body: { template: settled ?? "" },
      }),
    enabled: settled !== undefined,
    staleTime: 60_000,
  });
  const figure = query.data?.figures[0];
  return {
    checking: settled !== template || query.isFetching,
    text: figure?.text,
    problem: figure?.problem ?? (query.error ? errorMessage(query.error) : undefined),
  };
}
