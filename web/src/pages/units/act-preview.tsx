import { Alert, Col, Row, Table, Tag, Tree, type TreeDataNode } from "antd";
import type { UnitsPreview } from "../../api/contract.ts";
import { fmtDate, fmtMonth } from "../../format/dates.ts";
import { useFormat } from "../../format/use-format.ts";
import { useI18n } from "../../i18n/index.ts";

type PreviewUnit = UnitsPreview["before"][number];
type PreviewRow = UnitsPreview["figures"][number]["rows"][number];

function treeOf(units: readonly PreviewUnit[], changed: string): TreeDataNode[] {
  const nodes = new Map<string, TreeDataNode & { children: TreeDataNode[] }>();
  for (const u of units)
    nodes.set(u.code, {
      key: u.code,
      title: (
        <span>
          {u.nameVi} {u.changed && <Tag color="blue">{changed}</Tag>}
        </span>
      ),
      children: [],
    });
  const roots: TreeDataNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.code) as TreeDataNode;
    const parent = u.parent ? nodes.get(u.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * What a change would do, before it is saved: the units around it up to the day before and from
 * its date, and the latest month's figures read by the units before and after (the server reads
 * the "after" side with the engine's own query inside the dry run, so it is what reports will show).
 */
export function ActPreview({ preview, remaps }: { preview: UnitsPreview; remaps: boolean }) {
  const { t } = useI18n();
  const { num } = useFormat();
  const cell = (value: number | null, exists: boolean, missing: string, decimals: number) =>
    exists ? num(value, decimals) : <span className="muted">{missing}</span>;
  return (
    <div data-testid="unit-act-preview">
      <Alert
        type="info"
        showIcon
        message={t("unitAdmin.previewHint")}
        style={{ marginBottom: 12 }}
      />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <h2 className="preview-heading">
            {t("unitAdmin.treeBefore", { date: fmtDate(preview.dayBefore) })}
          </h2>
          <Tree
            treeData={treeOf(preview.before, t("unitAdmin.changed"))}
            defaultExpandAll
            selectable={false}
          />
        </Col>
        <Col xs={24} md={12}>
          <h2 className="preview-heading">
            {t("unitAdmin.treeAfter", { date: fmtDate(preview.date) })}
          </h2>
          <Tree
            treeData={treeOf(preview.after, t("unitAdmin.changed"))}
            defaultExpandAll
            selectable={false}
          />
        </Col>
      </Row>
      {!remaps ? (
        <p className="muted">{t("unitAdmin.noRemap")}</p>
      ) : preview.period === null || preview.figures.length === 0 ? (
        <p className="muted">{t("unitAdmin.noFigures")}</p>
      ) : (
        <>
          <h2 className="preview-heading">
            {t("unitAdmin.figures", { month: fmtMonth(preview.period) })}
          </h2>
          {preview.figures.map((figure) => (
            <Table<PreviewRow>
              key={figure.indicator}
              data-testid={`preview-figure-${figure.indicator}`}
              size="small"
              pagination={false}
              rowKey="unit"
              style={{ marginBottom: 12 }}
              title={() => (
                <strong>
                  {figure.nameVi}
                  {figure.measureUnit ? ` (${figure.measureUnit})` : ""}
                </strong>
              )}
              dataSource={figure.rows}
              onRow={(r) =>
                ({ "data-testid": `preview-row-${figure.indicator}-${r.unit}` }) as object
              }
              columns={[
                { title: t("unitAdmin.colUnit"), dataIndex: "nameVi" },
                {
                  title: t("unitAdmin.colBefore"),
                  align: "right",
                  render: (_, r) =>
                    cell(r.before, r.existsBefore, t("unitAdmin.isNew"), figure.decimals),
                },
                {
                  title: t("unitAdmin.colAfter"),
                  align: "right",
                  render: (_, r) =>
                    cell(r.after, r.existsAfter, t("unitAdmin.gone"), figure.decimals),
                },
              ]}
            />
          ))}
        </>
      )}
    </div>
  );
}
