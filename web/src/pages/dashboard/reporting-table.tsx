import { Card, Table, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { ReportingLine } from "../../api/contract.ts";
import { useCatalogue } from "../../api/shared-queries.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { fmtDate } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";

const STATE_COLOR = { complete: "green", pending: "blue", late: "red" } as const;

/** Who has reported for the month, who is late, and the deadline. */
export function ReportingTable({ lines }: { lines: readonly ReportingLine[] }) {
  const { t, lang } = useI18n();
  const catalogue = useCatalogue();
  const unitName = useUnitName();
  const indicatorName = (code: string) => {
    const found = catalogue.data?.indicators.find((i) => i.code === code);
    return found ? (lang === "en" && found.nameEn ? found.nameEn : found.nameVi) : code;
  };
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
  ];
  return (
    <Card size="small" title={t("dash.reporting")} style={{ marginTop: 16 }}>
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
