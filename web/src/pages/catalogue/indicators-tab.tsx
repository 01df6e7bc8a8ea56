import {
  Button,
  type ButtonProps,
  Card,
  Collapse,
  Input,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { CatalogueView, IndicatorView } from "../../api/contract.ts";
import { ScrollBox } from "../../components/scroll-box.tsx";
import { useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { HistoryDialog } from "./history-dialog.tsx";

/**
 * The indicators by sector: unit, aggregation rules, formula and disaggregations; for an
 * administrator, "Sửa" and "Lịch sử" on each (the editor itself is `IndicatorDrawer`).
 */
export function IndicatorsTab({
  catalogue,
  mayManage,
  onEdit,
}: {
  catalogue: CatalogueView;
  mayManage: boolean;
  onEdit: (indicator: IndicatorView) => void;
}) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState("");
  const [history, setHistory] = useState<string>();
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
    ...(mayManage
      ? [
          {
            title: t("users.actions"),
            key: "actions",
            width: 110,
            render: (_: unknown, i: IndicatorView) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  aria-label={t("catalogue.editOf", { code: i.code })}
                  onClick={() => onEdit(i)}
                  {...({ "data-testid": `indicator-edit-${i.code}` } as ButtonProps)}
                >
                  {t("catalogue.edit")}
                </Button>
                <Button
                  size="small"
                  aria-label={t("catalogue.historyOf", { code: i.code })}
                  onClick={() => setHistory(i.code)}
                >
                  {t("catalogue.history")}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  const matches = catalogue.indicators.filter(
    (i) =>
      needle === "" ||
      i.code.toLowerCase().includes(needle) ||
      i.nameVi.toLowerCase().includes(needle) ||
      i.nameEn.toLowerCase().includes(needle),
  );
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <span className="muted">{t("catalogue.count", { count: matches.length })}</span>{" "}
        <Input.Search
          data-testid="catalogue-search"
          allowClear
          placeholder={t("catalogue.searchHint")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280, maxWidth: "100%" }}
          aria-label={t("catalogue.searchHint")}
        />
      </div>
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
              <ScrollBox label={sector.nameVi} minWidth={mayManage ? 1410 : 1300}>
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
      <HistoryDialog kind="indicator" code={history} onClose={() => setHistory(undefined)} />
    </>
  );
}
