import { useQuery } from "@tanstack/react-query";
import { Drawer, Empty, Table, Tabs, Typography } from "antd";
import { call } from "../../api/client.ts";
import { api } from "../../api/contract.ts";
import { QueryState } from "../../components/query-state.tsx";
import { useI18n } from "../../i18n/index.ts";

interface Props {
  readonly unit: string;
  readonly period: string;
  /** The issued version compared; undefined: closed. */
  readonly from: number | undefined;
  /** Another issued version, or the current draft when left out. */
  readonly to?: number;
  readonly onClose: () => void;
}

/**
 * Two versions of a report side by side: each line kept, taken out (left, struck through) or put in
 * (right), and the figures whose text changed, with the line of the template they stand on.
 */
export function CompareDrawer({ unit, period, from, to, onClose }: Props) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ["report-compare", unit, period, from, to],
    enabled: from !== undefined,
    queryFn: () =>
      call(api.reports.compare, {
        params: { unit, period },
        query: { from: from ?? 1, ...(to ? { to } : {}) },
      }),
  });
  const target = to ? `v${to}` : t("report.compareDraft");
  return (
    <Drawer
      open={from !== undefined}
      onClose={onClose}
      size="min(1100px, 100vw)"
      title={t("report.compareTitle", { from: from ?? "", to: target })}
      data-testid="compare-drawer"
    >
      <QueryState query={query}>
        {({ text, figures }) => (
          <Tabs
            items={[
              {
                key: "figures",
                label: t("report.compareFigures", { count: figures.length }),
                children:
                  figures.length === 0 ? (
                    <Empty description={t("report.compareNone")} />
                  ) : (
                    <Table
                      size="small"
                      pagination={false}
                      data-testid="compare-figures"
                      rowKey={(f) => `${f.source}:${f.line}:${f.before}:${f.after}`}
                      dataSource={figures}
                      columns={[
                        { title: t("report.compareLine"), dataIndex: "line", width: 70 },
                        {
                          title: t("report.compareFigure"),
                          dataIndex: "source",
                          render: (source: string) => <code>{source}</code>,
                        },
                        {
                          title: `v${from}`,
                          dataIndex: "before",
                          align: "right",
                          render: (v: string | null) => v ?? "—",
                        },
                        {
                          title: target,
                          dataIndex: "after",
                          align: "right",
                          render: (v: string | null) => v ?? "—",
                        },
                      ]}
                    />
                  ),
              },
              {
                key: "text",
                label: t("report.compareText"),
                children: (
                  <div className="compare-text" data-testid="compare-text">
                    <Typography.Text strong>v{from}</Typography.Text>
                    <Typography.Text strong>{target}</Typography.Text>
                    {text.map((line, i) => (
                      // Lines have no identity of their own; their order is the comparison's.
                      // biome-ignore lint/suspicious/noArrayIndexKey: see above
                      <CompareLine key={i} kind={line.kind} text={line.text} />
                    ))}
                  </div>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Drawer>
  );
}

/** A kept line fills both columns' rows; a removed one the left, an added one the right. */
function CompareLine({ kind, text }: { kind: "same" | "added" | "removed"; text: string }) {
  if (kind === "same")
    return (
      <>
        <p className="compare-text__same">{text}</p>
        <p className="compare-text__same">{text}</p>
      </>
    );
  return kind === "removed" ? (
    <>
      <p className="compare-text__removed" data-testid="compare-removed">
        <del>{text}</del>
      </p>
      <p />
    </>
  ) : (
    <>
      <p />
      <p className="compare-text__added" data-testid="compare-added">
        <ins>{text}</ins>
      </p>
    </>
  );
}
