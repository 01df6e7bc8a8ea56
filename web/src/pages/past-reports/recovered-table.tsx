import { Checkbox, InputNumber, Table } from "antd";
import type { RecoveredValueView } from "../../api/contract.ts";
import { fmtExact } from "../../format/numbers.ts";
import { useI18n } from "../../i18n/index.ts";
import { keyOf } from "./past-report-files.ts";

/**
 * The values read back, each beside the sentence it came from: the reviewer corrects a value
 * (typed the Vietnamese way) or leaves a line out before importing.
 */
export function RecoveredTable({
  values,
  corrected,
  left,
  onCorrect,
  onLeave,
}: {
  values: readonly RecoveredValueView[];
  corrected: ReadonlyMap<string, number>;
  left: ReadonlySet<string>;
  onCorrect: (key: string, value: number | undefined) => void;
  onLeave: (key: string, leave: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const name = (v: RecoveredValueView) => `${v.nameVi}${v.optionVi ? ` — ${v.optionVi}` : ""}`;
  return (
    <Table<RecoveredValueView>
      data-testid="past-values"
      size="small"
      rowKey={keyOf}
      scroll={{ x: 900 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      dataSource={[...values]}
      onRow={(v) =>
        ({ "data-testid": `past-value-${v.indicator}` }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t("past.include"),
          width: 70,
          render: (_, v) => (
            <Checkbox
              aria-label={`${t("past.include")}: ${name(v)}`}
              checked={!left.has(keyOf(v))}
              onChange={(e) => onLeave(keyOf(v), !e.target.checked)}
            />
          ),
        },
        {
          title: t("past.indicator"),
          width: 240,
          render: (_, v) => (
            <span title={v.indicator}>
              {name(v)} <span className="muted">({v.unitVi})</span>
            </span>
          ),
        },
        {
          title: t("past.value"),
          width: 170,
          render: (_, v) => (
            <InputNumber
              data-testid={`past-input-${v.indicator}`}
              aria-label={`${t("past.value")}: ${name(v)}`}
              value={corrected.get(keyOf(v)) ?? v.value}
              decimalSeparator={lang === "vi" ? "," : "."}
              onChange={(value) =>
                onCorrect(keyOf(v), typeof value === "number" ? value : undefined)
              }
              style={{ width: "100%" }}
            />
          ),
        },
        {
          title: t("past.stored"),
          width: 110,
          align: "right",
          render: (_, v) => (v.stored === null ? "—" : fmtExact(v.stored, lang)),
        },
        {
          title: t("past.sentence"),
          // Whole, not cut: the sentence is what the reviewer checks the value against.
          render: (_, v) => <span className="past-sentence">{v.sentence}</span>,
        },
        {
          title: t("past.confidence"),
          width: 90,
          align: "right",
          render: (_, v) => `${Math.round(v.confidence * 100)}%`,
        },
      ]}
    />
  );
}
