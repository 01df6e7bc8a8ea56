import { useQuery } from "@tanstack/react-query";
import { Card, Progress, Table } from "antd";
import { call } from "../../api/client.ts";
import { api, type CycleSummaryView } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { ExportButton } from "../../export/export-button.tsx";
import type { SheetSpec } from "../../export/sheet-spec.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { type Translate, useI18n } from "../../i18n/index.ts";

/**
 * Completeness (sent ÷ expected) and timeliness (sent by the due day ÷ expected) month by month,
 * over the twelve months up to the one chosen, for the forms the user may see.
 */
export function CycleHistory({ period }: { period: string }) {
  const { t } = useI18n();
  const { pct } = useFormat();
  const query = useQuery({
    // Under "submissions": a send, approval or return refreshes it with the list above it.
    queryKey: ["submissions", "history", period],
    queryFn: () => call(api.submissions.history, { query: { to: period, months: 12 } }),
  });
  const share = (label: string, ratio: number) => (
    <Progress
      percent={Math.round(ratio * 1000) / 10}
      size="small"
      aria-label={`${label}: ${pct(ratio * 100, 0)}`}
      format={() => pct(ratio * 100, 0)}
    />
  );
  return (
    <Card
      size="small"
      title={t("todo.history")}
      style={{ marginTop: 16 }}
      extra={
        <ExportButton
          name="todo-history"
          workbook={() =>
            query.data && {
              fileName: `ty-le-bao-cao-${period}`,
              sheets: [historySheet(t("todo.history"), query.data.periods, t)],
            }
          }
        />
      }
    >
      <QueryState query={query}>
        {({ periods }) => (
          <ScrollBox label={t("todo.history")} minWidth={560}>
            <Table
              size="small"
              pagination={false}
              data-testid="todo-history"
              rowKey="period"
              dataSource={[...periods].reverse()}
              columns={[
                { title: t("todo.month"), dataIndex: "period", render: fmtMonth },
                { title: t("todo.expected"), dataIndex: "expected", align: "right" },
                { title: t("todo.submitted"), dataIndex: "submitted", align: "right" },
                { title: t("todo.onTimeCount"), dataIndex: "onTime", align: "right" },
                {
                  title: t("todo.completenessPct"),
                  dataIndex: "completeness",
                  width: 160,
                  render: (ratio: number) => share(t("todo.completenessPct"), ratio),
                },
                {
                  title: t("todo.timelinessPct"),
                  dataIndex: "timeliness",
                  width: 160,
                  render: (ratio: number) => share(t("todo.timelinessPct"), ratio),
                },
              ]}
            />
          </ScrollBox>
        )}
      </QueryState>
    </Card>
  );
}

/** One month of the history: its forms' summary. */
type Month = CycleSummaryView & { readonly period: string };

function historySheet(title: string, periods: readonly Month[], t: Translate): SheetSpec<Month> {
  return {
    name: t("todo.history"),
    title,
    rows: periods,
    columns: [
      { title: t("todo.month"), value: (m) => fmtMonth(m.period), width: 10 },
      { title: t("todo.expected"), value: (m) => m.expected },
      { title: t("todo.submitted"), value: (m) => m.submitted },
      { title: t("todo.onTimeCount"), value: (m) => m.onTime },
      {
        title: `${t("todo.completenessPct")} (%)`,
        value: (m) => m.completeness * 100,
        decimals: 1,
      },
      { title: `${t("todo.timelinessPct")} (%)`, value: (m) => m.timeliness * 100, decimals: 1 },
    ],
  };
}
