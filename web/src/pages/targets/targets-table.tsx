import { Button, Table, Tag, Tooltip } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { TargetCell, TargetKindView, TargetLineView } from "../../api/contract.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";

interface Props {
  readonly lines: readonly TargetLineView[];
  readonly kinds: readonly TargetKindView[];
  readonly canEdit: boolean;
  readonly onEdit: (line: TargetLineView, target: TargetCell) => void;
}

const lineKey = (l: TargetLineView) => `${l.indicator}|${l.option ?? ""}`;

/** A unit's targets by indicator (and option): one column per target kind. */
export function TargetsTable({ lines, kinds, canEdit, onEdit }: Props) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const used = kinds.filter((k) => lines.some((l) => l.targets.some((x) => x.kind === k.code)));
  const columns: ColumnsType<TargetLineView> = [
    {
      title: t("targets.indicator"),
      key: "indicator",
      // Wide enough to read on a phone; the table scrolls sideways inside its own box.
      onCell: () => ({ style: { minWidth: 200 } }),
      render: (_, line) => (
        <span>
          {nameIn(lang, line)}{" "}
          {line.optionNameVi && <Tag data-testid="target-option-tag">{line.optionNameVi}</Tag>}
          <span className="muted">({line.unitNameVi})</span>
        </span>
      ),
    },
    ...used.map((kind) => ({
      title: kind.nameVi,
      key: kind.code,
      align: "right" as const,
      render: (_: unknown, line: TargetLineView) =>
        line.targets
          .filter((x) => x.kind === kind.code)
          .map((x) => {
            const text = `${f.num(x.value)}${x.dueDate ? ` (${x.dueDate})` : ""}`;
            const label = t("targets.editCell", { kind: kind.nameVi, indicator: line.nameVi });
            const shown = canEdit ? (
              <Button
                type="link"
                size="small"
                aria-label={`${label}: ${text}`}
                data-testid={`target-${line.indicator}-${line.option ?? ""}-${kind.code}`}
                onClick={() => onEdit(line, x)}
              >
                {text}
              </Button>
            ) : (
              <span data-testid={`target-${line.indicator}-${line.option ?? ""}-${kind.code}`}>
                {text}
              </span>
            );
            return (
              <div key={`${x.kind}|${x.dueDate ?? ""}`}>
                {x.source ? <Tooltip title={x.source}>{shown}</Tooltip> : shown}
              </div>
            );
          }),
    })),
  ];
  return (
    <Table<TargetLineView>
      data-testid="targets-table"
      size="small"
      rowKey={lineKey}
      columns={columns}
      dataSource={[...lines]}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t("targets.empty") }}
    />
  );
}
