import { Progress, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router";
import type { ProjectView } from "../../api/contract.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { useFormat } from "../../format/use-format.ts";
import { codeName, type Language, useI18n } from "../../i18n/index.ts";
import { useUnitPeriodSearch } from "../../layout/use-unit-period.ts";

/** Colour of a disbursement rate against the year: red below a third, orange below two. */
function rateColor(pct: number | null): string {
  if (pct === null) return "#8c8c8c";
  if (pct >= 66) return "#2e7d32";
  if (pct >= 33) return "#fa8c16";
  return "#c62828";
}

const uniq = (values: string[], lang: Language) =>
  [...new Set(values)].sort().map((value) => ({ text: codeName(value, lang), value }));

/** The investment register: plan, disbursed and rate with a progress bar; filters by column. */
export function ProjectsTable({ projects }: { projects: readonly ProjectView[] }) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const unitName = useUnitName();
  const search = useUnitPeriodSearch();
  const columns: ColumnsType<ProjectView> = [
    {
      title: t("projects.name"),
      key: "name",
      sorter: (a, b) => a.nameVi.localeCompare(b.nameVi, "vi"),
      render: (_, p) => (
        <div>
          <Link
            to={`/projects/${encodeURIComponent(p.code)}${search}`}
            data-testid={`project-${p.code}`}
          >
            {p.nameVi}
          </Link>
          {p.synthetic && (
            <Tag style={{ marginLeft: 6 }} color="default">
              {t("projects.synthetic")}
            </Tag>
          )}
          <div className="muted">{p.code}</div>
        </div>
      ),
    },
    {
      title: t("projects.level"),
      dataIndex: "managingLevel",
      render: (level: string) => codeName(level, lang),
      filters: uniq(
        projects.map((p) => p.managingLevel),
        lang,
      ),
      onFilter: (value, p) => p.managingLevel === value,
      width: 130,
    },
    {
      title: t("projects.programme"),
      dataIndex: "programme",
      render: (programme: string) => (programme ? codeName(programme, lang) : "—"),
      filters: uniq(
        projects.map((p) => p.programme),
        lang,
      ),
      onFilter: (value, p) => p.programme === value,
      width: 140,
      responsive: ["xl"],
    },
    {
      title: t("projects.owner"),
      dataIndex: "owner",
      render: (owner: string) => unitName(owner),
      filters: uniq(
        projects.map((p) => p.owner),
        lang,
      ).map((f) => ({ ...f, text: unitName(f.value) })),
      onFilter: (value, p) => p.owner === value,
      responsive: ["lg"],
    },
    {
      title: t("projects.plan"),
      key: "plan",
      align: "right",
      width: 130,
      sorter: (a, b) => a.plan - b.plan,
      render: (_, p) => f.num(p.plan, 3),
    },
    {
      title: t("projects.disbursed"),
      key: "disbursed",
      align: "right",
      width: 130,
      sorter: (a, b) => a.disbursed - b.disbursed,
      render: (_, p) => f.num(p.disbursed, 3),
    },
    {
      title: t("projects.pct"),
      key: "pct",
      width: 170,
      sorter: (a, b) => (a.disbursedPct ?? -1) - (b.disbursedPct ?? -1),
      render: (_, p) => (
        <Progress
          aria-label={`${t("projects.pct")}: ${f.pct(p.disbursedPct, 1)}`}
          percent={Math.min(100, p.disbursedPct ?? 0)}
          strokeColor={rateColor(p.disbursedPct)}
          format={() => f.pct(p.disbursedPct, 1)}
          size="small"
        />
      ),
    },
    {
      title: t("projects.status"),
      dataIndex: "status",
      filters: uniq(
        projects.map((p) => p.status),
        lang,
      ),
      onFilter: (value, p) => p.status === value,
      width: 110,
      render: (status: string) => <Tag>{codeName(status, lang)}</Tag>,
    },
  ];
  const plan = projects.reduce((sum, p) => sum + p.plan, 0);
  const disbursed = projects.reduce((sum, p) => sum + p.disbursed, 0);
  return (
    <ScrollBox label={t("projects.title")} minWidth={760}>
      <Table<ProjectView>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={[...projects]}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="projects-table"
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <strong>{t("projects.total")}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <strong>{f.num(plan, 3)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <strong>{f.num(disbursed, 3)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6}>
              {plan > 0 ? f.pct((disbursed / plan) * 100, 1) : "—"}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} />
          </Table.Summary.Row>
        )}
      />
    </ScrollBox>
  );
}
