import { Card, Collapse, Input, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { IndicatorView } from "../../api/contract.ts";
import { useCatalogue } from "../../api/shared-queries.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";

/** The indicator catalogue by sector: unit, aggregation rules, formula and disaggregations. */
export function CataloguePage() {
  const { t, lang } = useI18n();
  const query = useCatalogue();
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const columns: ColumnsType<IndicatorView> = [
    {
      title: t("catalogue.code"),
      dataIndex: "code",
      width: 210,
      render: (code: string) => (
        <Typography.Text code style={{ fontSize: 12, wordBreak: "break-all" }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      title: t("catalogue.name"),
      key: "name",
      width: 300,
      render: (_, i) => (
        <div>
          {nameIn(lang, i)}
          {i.description && <div className="muted">{i.description}</div>}
        </div>
      ),
    },
    { title: t("catalogue.unit"), dataIndex: "unitNameVi", width: 90 },
    { title: t("catalogue.valueType"), dataIndex: "valueType", width: 80 },
    {
      title: `${t("catalogue.overTime")} / ${t("catalogue.overUnits")}`,
      key: "agg",
      width: 130,
      render: (_, i) => (
        <>
          <Tag>{i.overTime}</Tag>
          <Tag>{i.overUnits}</Tag>
        </>
      ),
    },
    {
      title: t("catalogue.formula"),
      key: "formula",
      width: 300,
      render: (_, i) =>
        i.formula ? (
          <Typography.Text code style={{ fontSize: 12, wordBreak: "break-word" }}>
            {i.formula}
          </Typography.Text>
        ) : (
          "—"
        ),
    },
    {
      title: t("catalogue.disaggregations"),
      key: "dis",
      render: (_, i) =>
        i.disaggregations.length === 0
          ? "—"
          : i.disaggregations.map((d) => (
              <div key={d.set} style={{ fontSize: 12 }}>
                <strong>{d.nameVi}</strong> ({d.totalRule}):{" "}
                {d.options.map((o) => o.nameVi).join(", ")}
              </div>
            )),
    },
  ];
  return (
    <QueryState query={query}>
      {(catalogue) => {
        const matches = catalogue.indicators.filter(
          (i) =>
            needle === "" ||
            i.code.toLowerCase().includes(needle) ||
            i.nameVi.toLowerCase().includes(needle) ||
            i.nameEn.toLowerCase().includes(needle),
        );
        return (
          <>
            <PageTitle
              title={`${t("catalogue.title")} — ${t("catalogue.count", { count: matches.length })}`}
              extra={
                <Input.Search
                  data-testid="catalogue-search"
                  allowClear
                  placeholder={t("catalogue.searchHint")}
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                  style={{ width: 280 }}
                />
              }
            />
            <Collapse
              defaultActiveKey={catalogue.sectors.map((s) => s.code)}
              items={catalogue.sectors
                .map((sector) => ({
                  sector,
                  rows: matches.filter((i) => i.sector === sector.code),
                }))
                .filter(({ rows }) => rows.length > 0)
                .map(({ sector, rows }) => ({
                  key: sector.code,
                  label: `${nameIn(lang, sector)} (${rows.length})`,
                  children: (
                    <ScrollBox label={sector.nameVi} minWidth={1300}>
                      <Table<IndicatorView>
                        size="small"
                        rowKey="code"
                        columns={columns}
                        dataSource={rows}
                        pagination={false}
                        tableLayout="fixed"
                      />
                    </ScrollBox>
                  ),
                }))}
            />
            {matches.length === 0 && <Card>{t("app.none")}</Card>}
          </>
        );
      }}
    </QueryState>
  );
}
