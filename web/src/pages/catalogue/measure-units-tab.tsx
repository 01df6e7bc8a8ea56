import { Form, Input, InputNumber } from "antd";
import { useState } from "react";
import type { CatalogueDefinitionsView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { useCatalogueChange } from "./catalogue-admin-api.ts";
import { DefinitionTable } from "./definition-table.tsx";
import { EditorDrawer } from "./editor-drawer.tsx";

type Unit = CatalogueDefinitionsView["measureUnits"][number];
type UnitForm = Pick<Unit, "code" | "symbol" | "nameEn" | "dimension" | "factor">;

/** "Đơn vị tính": the built-in units (read only) and the catalogue's own, added or edited. */
export function MeasureUnitsTab({ definitions }: { definitions: CatalogueDefinitionsView }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<{ unit: Unit | undefined }>();
  const change = useCatalogueChange(() => setEditing(undefined));
  const unit = editing?.unit;
  return (
    <>
      <DefinitionTable<Unit>
        kind="measure_unit"
        label={t("catalogue.tabUnits")}
        rows={definitions.measureUnits}
        mayManage={definitions.mayManage}
        addLabel={t("catalogue.addUnit")}
        testId="units-table"
        onEdit={(u) => setEditing({ unit: u })}
        columns={[
          { title: t("catalogue.code"), dataIndex: "code" },
          {
            title: t("catalogue.symbol"),
            render: (_, u) => (
              <>
                {u.symbol || "—"}{" "}
                {u.builtIn && <span className="muted">({t("catalogue.builtIn")})</span>}
              </>
            ),
          },
          { title: t("catalogue.nameEn"), dataIndex: "nameEn" },
          { title: t("catalogue.dimension"), dataIndex: "dimension" },
          { title: t("catalogue.factor"), dataIndex: "factor" },
        ]}
      />
      <EditorDrawer<UnitForm>
        title={unit ? t("catalogue.editOf", { code: unit.code }) : t("catalogue.addUnit")}
        open={editing !== undefined}
        initialValues={unit ?? { factor: 1 }}
        saving={change}
        testId="unit-editor"
        onClose={() => setEditing(undefined)}
        onFinish={(v) =>
          change.mutate({
            change: {
              kind: "measure_unit",
              expected: unit?.version ?? null,
              unit: {
                code: v.code,
                symbol: v.symbol,
                nameEn: v.nameEn,
                dimension: v.dimension,
                factor: v.factor,
              },
            },
          })
        }
      >
        <Form.Item name="code" label={t("catalogue.code")} rules={[{ required: true }]}>
          <Input data-testid="unit-code" disabled={unit !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item name="symbol" label={t("catalogue.symbol")} rules={[{ required: true }]}>
          <Input data-testid="unit-symbol" autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t("catalogue.nameEn")} rules={[{ required: true }]}>
          <Input data-testid="unit-name-en" autoComplete="off" />
        </Form.Item>
        <Form.Item name="dimension" label={t("catalogue.dimension")} rules={[{ required: true }]}>
          <Input data-testid="unit-dimension" autoComplete="off" />
        </Form.Item>
        <Form.Item name="factor" label={t("catalogue.factor")} rules={[{ required: true }]}>
          <InputNumber data-testid="unit-factor" min={0} style={{ width: "100%" }} />
        </Form.Item>
      </EditorDrawer>
    </>
  );
}
