import { Card, Table, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dashboard, DashboardLine } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { ChangeCell } from "./change-cell.tsx";
import { FigureValue } from "./figure-value.tsx";
import { TargetCell } from "./target-cell.tsx";

type Sector = Dashboard["sectors"][number];

interface Props {
  readonly sector: Sector;
  readonly selected: string | undefined;
  readonly onSelect: (indicator: string) => void;
}

/** One sector's key indicators: month, year to date, change, % of plan. Click a row for its trend. */
export function SectorTable({ sector, selected, onSelect }: Props) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const columns: ColumnsType<DashboardLine> = [
    {
      title: t("dash.indicator"),
      key: "name",
      render: (_, line) => (
        <span>
          {lang === "en" && line.nameEn ? line.nameEn : line.nameVi}
          <span style={{ color: "#999", marginLeft: 6, fontSize: 12 }}>({line.unitNameVi})</span>
        </span>
      ),
    },
    {
      title: t("dash.month"),
      key: "value",
      align: "right",
      width: 115,
      render: (_, line) => <FigureValue figure={line.value} decimals={line.decimals} />,
    },
    {
      title: t("dash.ytd"),
      key: "ytd",
      align: "right",
      width: 125,
      render: (_, line) => <FigureValue figure={line.ytd} decimals={line.decimals} />,
    },
    {
      title: t("dash.yoy"),
      key: "yoy",
      align: "right",
      width: 110,
      render: (_, line) => (
        <Tooltip
          title={`${t("dash.lastYear")}: ${f.num(line.samePeriodLastYear.value, line.decimals)} · ${t("dash.ytd")}: ${f.num(line.samePeriodLastYearYtd.value, line.decimals)} (${f.change(line.changeYtdPct)})`}
        >
          <span>
            <ChangeCell pct={line.changePct ?? line.changeYtdPct} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: t("dash.plan"),
      key: "plan",
      align: "right",
      width: 95,
      render: (_, line) => <TargetCell line={line} />,
    },
  ];
  return (
    <Card
      size="small"
      title={lang === "en" && sector.nameEn ? sector.nameEn : sector.nameVi}
      style={{ marginBottom: 16 }}
      data-testid={`sector-${sector.code}`}
    >
      <Table<DashboardLine>
        size="small"
        rowKey="indicator"
        columns={columns}
        dataSource={sector.lines}
        pagination={false}
        onRow={(line) => ({
          onClick: () => onSelect(line.indicator),
          "data-testid": `line-${line.indicator}`,
          style: {
            cursor: "pointer",
            background: line.indicator === selected ? "#e6f0fa" : undefined,
          },
        })}
      />
    </Card>
  );
}
