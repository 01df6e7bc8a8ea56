import { Card, Space, Table, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { CycleSummaryView, ReportingLine } from "../../api/contract.ts";
import { useIndicatorName } from "../../api/use-indicator-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { fmtDate } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { SubmissionStateTag } from "../todo/submission-texts.tsx";

const STATE_COLOR = { complete: "green", pending: "blue", late: "red" } as const;

interface Props {
  readonly lines: readonly ReportingLine[];
  /** Completeness and timeliness of the forms (sent ÷ expected, sent by the due day). */
  readonly cycle: CycleSummaryView;
}

/**
 * Who has reported for the month: figures entered against those expected, the deadline, and
 * where each unit's form stands in the collection cycle; above, how many forms are sent, sent
 * on time and overdue.
 */
export function ReportingTable({ lines, cycle }: Props) {
  const { t, lang } = useI18n();
  const { pct } = useFormat();
  const unitName = useUnitName();
  const indicatorName = useIndicatorName();
  const columns: ColumnsType<ReportingLine> = [
    {
      title: t("dash.reportingUnit"),
      key: "unit",
      render: (_, line) => (lang === "en" ? unitName(line.unit) : line.unitNameVi),
    },
    { title: t("dash.regime"), dataIndex: "regimeNameVi", key: "regime", responsive: ["xxl"] },
    {
      title: t("dash.reported"),
      key: "reported",
      align: "right",
      render: (_, line) => (
        <Tooltip
          title={
            line.missing.length > 0
              ? `${t("dash.missing")}: ${line.missing.map(indicatorName).join("; ")}`
              : undefined
          }
        >
          {line.reported}/{line.expected}
        </Tooltip>
      ),
    },
    {
      title: t("dash.deadline"),
      key: "deadline",
      responsive: ["sm"],
      render: (_, line) => fmtDate(line.deadline),
    },
    {
      title: t("dash.state"),
      key: "state",
      render: (_, line) => (
        <Tag color={STATE_COLOR[line.state]} data-testid={`reporting-${line.unit}`}>
          {t(`state.${line.state}`)}
        </Tag>
      ),
    },
    {
      title: t("todo.state"),
      key: "submission",
      render: (_, line) => <SubmissionStateTag state={line.submission} />,
    },
  ];
  return (
    <Card size="small" title={t("dash.reporting")} style={{ marginTop: 16 }}>
      {cycle.expected > 0 && (
        <Space wrap style={{ marginBottom: 8 }} data-testid="reporting-cycle">
          <Tag>
            {t("todo.completeness", {
              done: cycle.submitted,
              expected: cycle.expected,
              pct: pct(cycle.completeness * 100, 0),
            })}
          </Tag>
          <Tag>
            {t("todo.onTime", {
              done: cycle.onTime,
              expected: cycle.expected,
              pct: pct(cycle.timeliness * 100, 0),
            })}
          </Tag>
          <Tag color={cycle.overdue > 0 ? "red" : undefined}>
            {t("todo.overdue", { count: cycle.overdue })}
          </Tag>
        </Space>
      )}
      <Table<ReportingLine>
        size="small"
        rowKey={(line) => `${line.regime}:${line.unit}`}
        columns={columns}
        dataSource={[...lines]}
        pagination={false}
        data-testid="reporting-table"
      />
    </Card>
  );
}
