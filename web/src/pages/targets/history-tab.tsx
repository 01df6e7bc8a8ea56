import { useQuery } from "@tanstack/react-query";
import { Table } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { type MessageKey, useI18n } from "../../i18n/index.ts";

interface Stored {
  readonly indicator?: string;
  readonly kind?: string;
  readonly option?: string;
  readonly value?: number;
}

/** Who changed which target of the unit's year, when, and from what to what. */
export function HistoryTab({ unit, year }: { unit: string; year: number }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ["targets", unit, year, "history"],
    queryFn: () => call(api.targets.history, { query: { unit, year } }),
  });
  return (
    <QueryState query={query}>
      {({ entries }) => (
        <Table
          data-testid="targets-history"
          size="small"
          rowKey={(e) => `${e.at}|${e.code}`}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={entries}
          columns={[
            {
              title: t("targets.historyAt"),
              dataIndex: "at",
              render: (at: string) => at.slice(0, 16).replace("T", " "),
            },
            { title: t("targets.historyBy"), dataIndex: "by" },
            {
              title: t("targets.historyAction"),
              dataIndex: "action",
              render: (a: string) => t(`targets.action.${a}` as MessageKey),
            },
            {
              title: t("targets.historyWhat"),
              key: "what",
              render: (_, e) => {
                const before = e.before as Stored | null;
                const after = e.after as Stored | null;
                const s = after ?? before;
                const option = s?.option ? ` [${s.option}]` : "";
                return `${s?.indicator ?? ""}${option} · ${s?.kind ?? ""}: ${before?.value ?? "—"} → ${after?.value ?? "—"}`;
              },
            },
          ]}
        />
      )}
    </QueryState>
  );
}
