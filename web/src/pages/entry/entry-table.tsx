import { HistoryOutlined, WarningOutlined } from "@ant-design/icons";
import { Button, Input, Segmented, Table, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { EntryCell, EntryIndicator } from "../../api/contract.ts";
import { fmtDateTime } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { codeName, useI18n } from "../../i18n/index.ts";
import { cellKey, cellTestId, type Draft, isChanged, isTextual, merged } from "./drafts.ts";
import { ValueInput } from "./value-input.tsx";

interface Row {
  readonly key: string;
  readonly indicator: EntryIndicator;
  readonly cell: EntryCell;
  readonly span: number;
}

interface Props {
  readonly indicators: readonly EntryIndicator[];
  readonly drafts: ReadonlyMap<string, Draft>;
  readonly editable: boolean;
  /** Finding messages by indicator code, shown beside its name. */
  readonly findings: ReadonlyMap<string, string[]>;
  readonly onEdit: (
    indicator: string,
    disaggregation: string,
    patch: Draft,
    version: number,
  ) => void;
  readonly onHistory: (indicator: EntryIndicator, cell: EntryCell) => void;
}

function rowsOf(indicators: readonly EntryIndicator[]): Row[] {
  return indicators.flatMap((indicator) =>
    indicator.cells.map((cell, i) => ({
      key: cellKey(indicator.code, cell.disaggregation),
      indicator,
      cell,
      span: i === 0 ? indicator.cells.length : 0,
    })),
  );
}

/** One sector's indicators: a row per cell (disaggregation options as sub-rows). */
export function EntryTable({ indicators, drafts, editable, findings, onEdit, onHistory }: Props) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const columns: ColumnsType<Row> = [
    {
      title: t("dash.indicator"),
      key: "indicator",
      width: "24%",
      onCell: (row) => ({ rowSpan: row.span }),
      render: (_, { indicator }) => {
        const messages = findings.get(indicator.code);
        return (
          <div>
            {lang === "en" && indicator.nameEn ? indicator.nameEn : indicator.nameVi}
            <span style={{ color: "#999", marginLeft: 6, fontSize: 12 }}>
              ({indicator.unitNameVi})
            </span>
            {messages && (
              <Tooltip title={messages.join("\n")}>
                <WarningOutlined
                  data-testid={`finding-${indicator.code}`}
                  style={{ color: "#fa8c16", marginLeft: 6 }}
                />
              </Tooltip>
            )}
          </div>
        );
      },
    },
    {
      title: "",
      key: "label",
      width: "15%",
      render: (_, { cell }) => (
        <span style={{ color: cell.disaggregation === "" ? "#333" : "#555" }}>
          {cell.disaggregation === "" ? t("entry.total") : codeName(cell.labelVi, lang)}
        </span>
      ),
    },
    {
      title: t("entry.value"),
      key: "value",
      width: 140,
      render: (_, { indicator, cell }) => {
        const draft = drafts.get(cellKey(indicator.code, cell.disaggregation));
        const m = merged(cell, draft);
        return (
          <ValueInput
            testId={cellTestId(indicator.code, cell.disaggregation)}
            label={`${indicator.nameVi} — ${cell.disaggregation === "" ? t("entry.total") : codeName(cell.labelVi, lang)}`}
            textual={isTextual(indicator)}
            value={m.value}
            textValue={m.textValue}
            decimals={indicator.decimals}
            integer={indicator.valueType === "integer"}
            disabled={!editable}
            changed={isChanged(cell, draft)}
            onValue={(value) =>
              onEdit(indicator.code, cell.disaggregation, { value }, cell.version)
            }
            onText={(textValue) =>
              onEdit(indicator.code, cell.disaggregation, { textValue }, cell.version)
            }
          />
        );
      },
    },
    {
      title: t("entry.status"),
      key: "status",
      width: 150,
      render: (_, { indicator, cell }) => {
        const m = merged(cell, drafts.get(cellKey(indicator.code, cell.disaggregation)));
        return (
          <Segmented<"estimate" | "official">
            size="small"
            disabled={!editable}
            value={m.status}
            data-testid={`status-${cellTestId(indicator.code, cell.disaggregation)}`}
            options={[
              { label: t("entry.estimate"), value: "estimate" },
              { label: t("entry.official"), value: "official" },
            ]}
            onChange={(status) =>
              onEdit(indicator.code, cell.disaggregation, { status }, cell.version)
            }
          />
        );
      },
    },
    {
      title: t("entry.note"),
      key: "note",
      render: (_, { indicator, cell }) => {
        const m = merged(cell, drafts.get(cellKey(indicator.code, cell.disaggregation)));
        return (
          <Input
            size="small"
            tabIndex={-1}
            disabled={!editable}
            value={m.note}
            maxLength={2000}
            data-testid={`note-${cellTestId(indicator.code, cell.disaggregation)}`}
            onChange={(e) =>
              onEdit(indicator.code, cell.disaggregation, { note: e.target.value }, cell.version)
            }
          />
        );
      },
    },
    {
      title: "",
      key: "history",
      width: 48,
      render: (_, { indicator, cell }) => (
        <Tooltip
          title={
            cell.version > 0
              ? `${t("entry.version", { version: cell.version })} · ${t("entry.updated", {
                  at: fmtDateTime(cell.updatedAt),
                  by: cell.updatedBy ?? "—",
                })}${cell.value !== null ? ` · ${f.num(cell.value, indicator.decimals)}` : ""}`
              : t("entry.history")
          }
        >
          <Button
            size="small"
            type="text"
            tabIndex={-1}
            icon={<HistoryOutlined />}
            disabled={cell.version === 0}
            data-testid={`history-${cellTestId(indicator.code, cell.disaggregation)}`}
            onClick={() => onHistory(indicator, cell)}
          />
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<Row>
      size="small"
      bordered
      tableLayout="fixed"
      columns={columns}
      dataSource={rowsOf(indicators)}
      pagination={false}
      rowClassName={(row) => (isChanged(row.cell, drafts.get(row.key)) ? "entry-row-changed" : "")}
    />
  );
}
