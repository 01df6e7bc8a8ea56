import { Table, Tag } from "antd";
import type { FormChangeView } from "../../api/contract.ts";
import { fmtExact } from "../../format/numbers.ts";
import { useI18n } from "../../i18n/index.ts";
import { importText } from "./texts.ts";

const COLORS = { new: "green", changed: "blue", unchanged: "default", conflict: "red" } as const;

/** The lines of an upload's preview: cell, indicator, what is stored and what the file says. */
export function PreviewTable({ changes }: { changes: readonly FormChangeView[] }) {
  const { lang } = useI18n();
  const shown = (v: number | string | null) => (v === null ? "—" : fmtExact(v, lang));
  return (
    <Table<FormChangeView>
      data-testid="import-preview"
      size="small"
      rowKey={(c) => c.cell}
      // Scrolls inside itself on a phone instead of spilling over the buttons below it.
      scroll={{ x: 720 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      dataSource={[...changes]}
      onRow={(c) =>
        ({ "data-testid": `import-line-${c.kind}` }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: importText(lang, "cell"), dataIndex: "cell", width: 120 },
        {
          title: importText(lang, "indicator"),
          render: (_, c) => (
            <span title={c.indicator}>
              {c.nameVi}
              {c.disaggregation ? ` (${c.disaggregation})` : ""}
            </span>
          ),
        },
        { title: importText(lang, "unit"), dataIndex: "unit", width: 120 },
        {
          title: importText(lang, "change"),
          width: 110,
          render: (_, c) => <Tag color={COLORS[c.kind]}>{importText(lang, c.kind)}</Tag>,
        },
        { title: importText(lang, "stored"), align: "right", render: (_, c) => shown(c.stored) },
        {
          title: importText(lang, "uploaded"),
          align: "right",
          render: (_, c) => <strong>{shown(c.uploaded)}</strong>,
        },
      ]}
    />
  );
}
