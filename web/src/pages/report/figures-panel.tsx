import { WarningOutlined } from "@ant-design/icons";
import { Checkbox, Input, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import type { FigureChip } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

interface Props {
  readonly figures: readonly FigureChip[];
  readonly onJump: (line: number) => void;
}

/** The live figures of the text: what it says, the value read, the expression and references. */
export function FiguresPanel({ figures, onJump }: Props) {
  const { t } = useI18n();
  const f = useFormat();
  const [filter, setFilter] = useState("");
  const [onlyProblems, setOnlyProblems] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = figures.filter(
    (fig) =>
      (!onlyProblems || fig.problem) &&
      (needle === "" ||
        fig.source.toLowerCase().includes(needle) ||
        fig.text.toLowerCase().includes(needle)),
  );
  return (
    <div data-testid="figures-panel">
      <Space style={{ marginBottom: 8 }} wrap>
        <Input.Search
          allowClear
          placeholder={t("report.filterFigures")}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 240 }}
        />
        <Checkbox checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)}>
          {t("report.onlyProblems")}
        </Checkbox>
        <Typography.Text type="secondary">
          {shown.length}/{figures.length}
        </Typography.Text>
      </Space>
      <Table<FigureChip>
        size="small"
        rowKey={(fig) => `${fig.line}:${fig.source}:${fig.format}`}
        dataSource={[...shown]}
        pagination={{ pageSize: 50, showSizeChanger: false, size: "small" }}
        scroll={{ y: "calc(100vh - 400px)" }}
        onRow={(fig) => ({
          onClick: () => onJump(fig.line),
          style: { cursor: "pointer" },
          "data-testid": `figure-${fig.line}`,
        })}
        columns={[
          {
            title: "#",
            dataIndex: "line",
            width: 56,
            render: (line: number) => <Tag>{line}</Tag>,
          },
          {
            title: t("report.text"),
            key: "text",
            width: 150,
            render: (_, fig) => (
              <span>
                <Tag color={fig.problem ? "red" : fig.status === "estimate" ? "gold" : "blue"}>
                  {fig.text || "—"}
                </Tag>
                {fig.problem && (
                  <Tooltip title={fig.problem}>
                    <WarningOutlined style={{ color: "#c62828" }} />
                  </Tooltip>
                )}
                {fig.unapproved && (
                  <Tooltip
                    title={t(
                      fig.unapproved === "included"
                        ? "report.unapprovedIncluded"
                        : "report.unapprovedLeftOut",
                    )}
                  >
                    <span data-testid="figure-unapproved" style={{ color: "#d46b08" }}>
                      *
                    </span>
                  </Tooltip>
                )}
              </span>
            ),
          },
          {
            title: t("report.source"),
            key: "source",
            render: (_, fig) => (
              <div>
                <Typography.Text code style={{ fontSize: 12 }}>
                  {fig.source} | {fig.format}
                </Typography.Text>
                {fig.references.length > 0 && (
                  <div className="muted">
                    {fig.references.map((r) => `${r.text} = ${f.num(r.value, 3)}`).join("; ")}
                  </div>
                )}
                {fig.problem && <div style={{ fontSize: 12, color: "#c62828" }}>{fig.problem}</div>}
              </div>
            ),
          },
          {
            title: t("report.valueCol"),
            key: "value",
            align: "right",
            width: 110,
            render: (_, fig) =>
              typeof fig.value === "boolean" ? String(fig.value) : f.num(fig.value, 3),
          },
        ]}
      />
    </div>
  );
}
