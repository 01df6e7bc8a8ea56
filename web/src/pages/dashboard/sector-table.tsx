import { Card, Table, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dashboard, DashboardLine } from "../../api/contract.ts";
import { rowAction } from "../../components/row-action.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { ChangeCell } from "./change-cell.tsx";
import { FigureValue } from "./figure-value.tsx";
import { TargetCell } from "./target-cell.tsx";

type Sector = Dashboard["sectors"][number];

interface Props {
  readonly sector: Sector;
  readonly selected: string | undefined;
  readonly onSelect: (indicator: string) => void;
}

/** The target kinds of a sector's lines, in the order the server gives them. */
function targetKindsOf(lines: readonly DashboardLine[]): { kind: string; nameVi: string }[] {
  const kinds = new Map<string, string>();
  for (const line of lines) for (const t of line.targets) kinds.set(t.kind, t.nameVi);
  return [...kinds].map(([kind, nameVi]) => ({ kind, nameVi }));
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
          {nameIn(lang, line)}
          <span className="muted" style={{ marginLeft: 6 }}>
            ({line.unitNameVi})
          </span>
        </span>
      ),
    },
    {
      title: t("dash.month"),
      key: "value",
      align: "right",
      width: 92,
      render: (_, line) => <FigureValue figure={line.value} decimals={line.decimals} />,
    },
    {
      title: t("dash.ytd"),
      key: "ytd",
      align: "right",
      width: 104,
      render: (_, line) => <FigureValue figure={line.ytd} decimals={line.decimals} />,
    },
    {
      title: t("dash.yoy"),
      key: "yoy",
      align: "right",
      width: 100,
      responsive: ["sm"],
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
    // One column per target kind the sector's figures are measured against (kinds are data).
    ...targetKindsOf(sector.lines).map((kind): ColumnsType<DashboardLine>[number] => ({
      title: `% ${kind.nameVi}`,
      key: `target-${kind.kind}`,
      align: "right",
      width: 95,
      responsive: ["md"],
      render: (_, line) => <TargetCell line={line} kind={kind.kind} />,
    })),
  ];
  return (
    <Card
      size="small"
      title={nameIn(lang, sector)}
      style={{ marginBottom: 16 }}
      data-testid={`sector-${sector.code}`}
    >
      <Table<DashboardLine>
        size="small"
        rowKey="indicator"
        columns={columns}
        dataSource={sector.lines}
        pagination={false}
        rowClassName={(line) =>
          `dash-row${line.indicator === selected ? " dash-row--selected" : ""}`
        }
        // A row is chosen by click, or by Tab then Enter or Space: the chart follows it.
        onRow={(line) => rowAction(() => onSelect(line.indicator), `line-${line.indicator}`)}
      />
    </Card>
  );
}
