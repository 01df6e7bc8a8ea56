import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { SectionEditor } from "./section-editor.tsx";

/**
 * One department's section of a report (`/section?unit=NGA_NAM&period=2023-08&owner=NN_TCKH`):
 * the department writes, saves and sends it; the office reads it, approves or returns it.
 */
export function SectionPage() {
  const [params] = useSearchParams();
  const key = {
    unit: params.get("unit") ?? "",
    period: params.get("period") ?? "",
    owner: params.get("owner") ?? "",
  };
  const query = useQuery({
    queryKey: ["section", key.unit, key.period, key.owner],
    queryFn: () => call(api.sections.get, { params: key }),
    staleTime: 0,
    // A refetch with someone else's newer text would replace the text being edited.
    refetchOnReconnect: false,
    refetchOnWindowFocus: false,
  });
  return (
    <QueryState query={query}>
      {(detail) => (
        <SectionEditor
          key={`${detail.section.version}|${detail.section.stateVersion}`}
          detail={detail}
          reload={() => void query.refetch()}
        />
      )}
    </QueryState>
  );
}
