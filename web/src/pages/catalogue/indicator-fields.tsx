import { Form, Input, InputNumber, Select } from "antd";
import type { CatalogueDefinitionsView, CatalogueView, IndicatorView } from "../../api/contract.ts";
import { type MessageKey, useI18n } from "../../i18n/index.ts";
import { nameIn } from "../../i18n/name-in.ts";
import { FormulaField } from "./formula-field.tsx";

/**
 * The fields of the indicator editor, inside its form (they read it from context): the choices
 * of aggregation follow the value type, the sub-groups follow the sector, and a number must name
 * its measure unit (text and yes/no take "none" by themselves).
 */
export function IndicatorFields({
  editing,
  catalogue,
  definitions,
}: {
  editing: IndicatorView | undefined;
  catalogue: CatalogueView;
  definitions: CatalogueDefinitionsView;
}) {
  const { t, lang } = useI18n();
  const sector = Form.useWatch("sector");
  const valueType: string = Form.useWatch("valueType") ?? "number";
  const overUnits = Form.useWatch("overUnits");
  const code: string | undefined = Form.useWatch("code");
  const textual = valueType === "text" || valueType === "boolean";
  const allowed = definitions.choices.aggregations[valueType] ?? { overTime: [], overUnits: [] };
  const choice = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  const required = (field: MessageKey) => [
    { required: true, message: t("catalogue.required", { field: t(field) }) },
  ];
  return (
    <>
      <Form.Item name="code" label={t("catalogue.code")} rules={required("catalogue.code")}>
        <Input data-testid="indicator-code" disabled={editing !== undefined} autoComplete="off" />
      </Form.Item>
      <Form.Item name="nameVi" label={t("catalogue.nameVi")} rules={required("catalogue.nameVi")}>
        <Input data-testid="indicator-name-vi" autoComplete="off" />
      </Form.Item>
      <Form.Item name="nameEn" label={t("catalogue.nameEn")} rules={required("catalogue.nameEn")}>
        <Input data-testid="indicator-name-en" autoComplete="off" />
      </Form.Item>
      <Form.Item name="sector" label={t("catalogue.sector")} rules={required("catalogue.sector")}>
        <Select
          data-testid="indicator-sector"
          options={catalogue.sectors.map((s) => ({ value: s.code, label: nameIn(lang, s) }))}
        />
      </Form.Item>
      <Form.Item name="subGroup" label={t("catalogue.subGroup")}>
        <Select
          allowClear
          options={catalogue.subGroups
            .filter((g) => g.sector === sector)
            .map((g) => ({ value: g.code, label: nameIn(lang, g) }))}
        />
      </Form.Item>
      <Form.Item
        name="valueType"
        label={t("catalogue.valueType")}
        rules={required("catalogue.valueType")}
      >
        <Select
          data-testid="indicator-value-type"
          options={choice(definitions.choices.valueTypes)}
        />
      </Form.Item>
      <Form.Item
        name="unit"
        label={t("catalogue.unit")}
        rules={textual ? [] : required("catalogue.unit")}
      >
        <Select
          data-testid="indicator-unit"
          allowClear
          showSearch
          optionFilterProp="label"
          options={definitions.measureUnits.map((u) => ({
            value: u.code,
            label: u.symbol ? `${u.symbol} (${u.code})` : u.code,
          }))}
        />
      </Form.Item>
      <Form.Item name="decimals" label={t("catalogue.decimals")}>
        <InputNumber min={0} max={6} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="overTime" label={t("catalogue.overTime")}>
        <Select data-testid="indicator-over-time" allowClear options={choice(allowed.overTime)} />
      </Form.Item>
      <Form.Item name="overUnits" label={t("catalogue.overUnits")}>
        <Select data-testid="indicator-over-units" allowClear options={choice(allowed.overUnits)} />
      </Form.Item>
      {String(overUnits ?? "").startsWith("weighted") && (
        <Form.Item name="weight" label={t("catalogue.weight")}>
          <Select
            showSearch
            optionFilterProp="label"
            options={catalogue.indicators.map((i) => ({
              value: i.code,
              label: `${i.code} — ${i.nameVi}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="direction" label={t("catalogue.direction")}>
        <Select allowClear options={choice(definitions.choices.directions)} />
      </Form.Item>
      <Form.Item name="disaggregations" label={t("catalogue.disaggregations")}>
        <Select
          mode="multiple"
          allowClear
          options={definitions.categorySets.map((s) => ({ value: s.code, label: nameIn(lang, s) }))}
        />
      </Form.Item>
      <FormulaField
        name="formula"
        label={t("catalogue.formula")}
        indicator={code?.trim() || undefined}
        testId="indicator-formula"
        help={t("catalogue.formulaHelp")}
      />
      <Form.Item name="rangeMin" label={t("catalogue.rangeMin")}>
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="rangeMax" label={t("catalogue.rangeMax")}>
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="description" label={t("catalogue.description")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {editing && <p className="muted">{t("catalogue.noRemoveIndicator")}</p>}
    </>
  );
}
