import { useQuery } from "@tanstack/react-query";
import { Drawer, Table, Tag } from "antd";
import { call } from "../../api/client.ts";
import { api, type EntryCell, type EntryIndicator } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { fmtDateTime } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { codeName, useI18n } from "../../i18n/index.ts";

interface Props {
  readonly unit: string;
  readonly period: string;
  readonly target: { indicator: EntryIndicator; cell: EntryCell } | undefined;
  readonly onClose: () => void;
}

/** The audit trail of one value: who changed it, when, from what to what. */
export function HistoryDrawer({ unit, period, target, onClose }: Props) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const query = useQuery({
    queryKey: ["history", unit, period, target?.indicator.code, target?.cell.disaggregation],
    queryFn: () =>
      call(api.values.history, {
        query: {
          unit,
          period,
          indicator: target?.indicator.code ?? "",
          disaggregation: target?.cell.disaggregation ?? "",
        },
      }),
    enabled: target !== undefined,
  });
  const decimals = target?.indicator.decimals ?? 2;
  const status = (s: string | null) =>
    s ? <Tag>{s === "estimate" ? t("entry.estimate") : t("entry.official")}</Tag> : null;
  return (
    <Drawer
      open={target !== undefined}
      onClose={onClose}
      size="min(640px, 100vw)"
      title={
        target
          ? `${t("entry.historyTitle")}: ${target.indicator.nameVi}${
              target.cell.disaggregation ? ` — ${target.cell.labelVi}` : ""
            }`
          : ""
      }
      data-testid="history-drawer"
    >
      {target && (
        <QueryState query={query}>
          {(data) => (
            <Table
              size="small"
              rowKey="version"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={[...data.entries].reverse()}
              columns={[
                { title: "#", dataIndex: "version", width: 48 },
                { title: t("entry.historyAt"), key: "at", render: (_, e) => fmtDateTime(e.at) },
                { title: t("entry.historyBy"), dataIndex: "by" },
                {
                  title: t("entry.historyVia"),
                  dataIndex: "via",
                  render: (via: string) => codeName(`via.${via}`, lang),
                },
                {
                  title: t("entry.historyOld"),
                  key: "old",
                  align: "right",
                  render: (_, e) => (
                    <>
                      {f.num(e.oldValue, decimals)} {status(e.oldStatus)}
                    </>
                  ),
                },
                {
                  title: t("entry.historyNew"),
                  key: "new",
                  align: "right",
                  render: (_, e) => (
                    <>
                      {f.num(e.newValue, decimals)} {status(e.newStatus)}
                    </>
                  ),
                },
                { title: t("entry.note"), dataIndex: "note" },
              ]}
            />
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
