import { useQuery } from "@tanstack/react-query";
import { call } from "./client.ts";
import { api } from "./contract.ts";

/** The unit tree as of a date (YYYY-MM-DD). */
export function useUnits(asOf: string) {
  return useQuery({
    queryKey: ["units", asOf],
    queryFn: () => call(api.catalogue.units, { query: { asOf } }),
    staleTime: 10 * 60_000,
  });
}

/** The indicator catalogue. */
export function useCatalogue() {
  return useQuery({
    queryKey: ["catalogue"],
    queryFn: () => call(api.catalogue.catalogue),
    staleTime: 10 * 60_000,
  });
}
