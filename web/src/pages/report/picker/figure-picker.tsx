import {
  Alert,
  Button,
  type ButtonProps,
  Checkbox,
  Drawer,
  Form,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from "antd";
import { useRef, useState } from "react";
import type { IndicatorView } from "../../../api/contract.ts";
import { useCatalogue } from "../../../api/shared-queries.ts";
import { type MessageKey, useI18n } from "../../../i18n/index.ts";
import { useTargetKinds } from "../../targets/use-targets.ts";
import {
  type FigureChoice,
  figureTemplate,
  MEASURES,
  type Measure,
  NEEDS_KIND,
} from "./figure-expression.ts";
import { useFigurePreview } from "./use-figure-preview.ts";

const PERCENT_MEASURES: ReadonlySet<Measure> = new Set(["growth", "ratio", "pct_of"]);

/**
 * "Chèn số liệu": a clerk finds an indicator by its Vietnamese name, chooses what to say of it
 * (this period, year to date, the same period last year, the change, % of the plan…), sees the
 * figure as the report will print it, and inserts it where the cursor is. The template keeps the
 * text form (`{{ ytd(rice_output) | number:0 tấn }}`), shown here too, so nothing is hidden.
 */
export function FigurePicker({
  open,
  unit,
  period,
  onInsert,
  onClose,
}: {
  open: boolean;
  unit: string;
  period: string;
  onInsert: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const kinds = useTargetKinds();
  const [code, setCode] = useState<string>();
  const [option, setOption] = useState<string>();
  const [measure, setMeasure] = useState<Measure>("period");
  const [kind, setKind] = useState("plan");
  const [decimals, setDecimals] = useState<number>();
  const [withUnit, setWithUnit] = useState(true);
  const indicator = catalogue.data?.indicators.find((i) => i.code === code);
  const percent = PERCENT_MEASURES.has(measure);
  const choice: FigureChoice | undefined = indicator && {
    indicator: indicator.code,
    ...(option ? { option: splitOption(option) } : {}),
    measure,
    kind,
    decimals: decimals ?? (percent ? 2 : indicator.decimals),
    ...(withUnit && !percent && indicator.unitNameVi ? { unitWords: indicator.unitNameVi } : {}),
  };
  const template = choice ? figureTemplate(choice) : undefined;
  const preview = useFigurePreview(unit, period, template);

  const pickIndicator = (next: string) => {
    setCode(next);
    setOption(undefined);
    setDecimals(undefined);
  };
  // Inserted once the drawer has closed and given the focus back: the text area then takes the
  // focus with the cursor after the figure, so typing goes on in the text (not into the button
  // that opened the picker, where a space would open it again).
  const pending = useRef<string>(undefined);
  const insert = () => {
    if (!template) return;
    pending.current = template;
    onClose();
  };
  const afterOpenChange = (isOpen: boolean) => {
    if (isOpen || pending.current === undefined) return;
    onInsert(pending.current);
    pending.current = undefined;
  };

  return (
    <Drawer
      open={open}
      title={t("picker.title")}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      width="min(520px, 100vw)"
      data-testid="figure-picker"
      footer={
        <Space>
          <Button
            type="primary"
            disabled={!template || preview.problem !== undefined}
            onClick={insert}
            {...({ "data-testid": "picker-insert" } as ButtonProps)}
          >
            {t("picker.insert")}
          </Button>
          <Button onClick={onClose}>{t("catalogue.cancel")}</Button>
        </Space>
      }
    >
      <Form layout="vertical">
        <Form.Item label={t("picker.indicator")} htmlFor="picker-indicator">
          <Select
            id="picker-indicator"
            data-testid="picker-indicator"
            showSearch
            optionFilterProp="label"
            loading={catalogue.isLoading}
            value={code}
            onChange={pickIndicator}
            placeholder={t("picker.indicatorHint")}
            options={catalogue.data?.indicators.map((i) => ({
              value: i.code,
              label: `${i.nameVi}${i.unitNameVi ? ` (${i.unitNameVi})` : ""}`,
            }))}
          />
        </Form.Item>
        {indicator && indicator.disaggregations.length > 0 && (
          <Form.Item label={t("picker.option")} htmlFor="picker-option">
            <Select
              id="picker-option"
              data-testid="picker-option"
              allowClear
              value={option}
              onChange={setOption}
              placeholder={t("picker.total")}
              options={optionsOf(indicator)}
            />
          </Form.Item>
        )}
        <Form.Item label={t("picker.measure")}>
          <Radio.Group
            data-testid="picker-measure"
            value={measure}
            onChange={(e) => setMeasure(e.target.value)}
            options={MEASURES.map((m) => ({
              value: m,
              label: t(`picker.measure.${m}` as MessageKey),
            }))}
            style={{ display: "flex", flexDirection: "column", gap: 4 }}
          />
        </Form.Item>
        {NEEDS_KIND.has(measure) && (
          <Form.Item label={t("picker.kind")} htmlFor="picker-kind">
            <Select
              id="picker-kind"
              data-testid="picker-kind"
              value={kind}
              onChange={setKind}
              options={kinds.data?.kinds.map((k) => ({ value: k.code, label: k.nameVi })) ?? []}
            />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item label={t("picker.decimals")} htmlFor="picker-decimals">
            <InputNumber
              id="picker-decimals"
              data-testid="picker-decimals"
              min={0}
              max={6}
              value={choice?.decimals}
              onChange={(v) => setDecimals(v ?? undefined)}
              disabled={!indicator}
            />
          </Form.Item>
          {!percent && (
            <Checkbox checked={withUnit} onChange={(e) => setWithUnit(e.target.checked)}>
              {t("picker.withUnit")}
            </Checkbox>
          )}
        </Space>
      </Form>
      {template && (
        <div aria-live="polite">
          {preview.problem ? (
            <Alert type="error" showIcon title={preview.problem} data-testid="picker-problem" />
          ) : (
            <Alert
              type="success"
              title={
                <span data-testid="picker-preview">
                  {preview.checking ? t("picker.checking") : (preview.text ?? "")}
                </span>
              }
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t("picker.code")} <Typography.Text code>{template}</Typography.Text>
          </Typography.Paragraph>
        </div>
      )}
    </Drawer>
  );
}

/** "season=he_thu" → the set and the option of a category choice. */
function splitOption(value: string): { set: string; code: string } {
  const [set = "", code = ""] = value.split("=");
  return { set, code };
}

/** Each option of each category set of the indicator, named "Vụ: Hè Thu". */
function optionsOf(indicator: IndicatorView) {
  return indicator.disaggregations.flatMap((d) =>
    d.options.map((o) => ({ value: `${d.set}=${o.code}`, label: `${d.nameVi}: ${o.nameVi}` })),
  );
}
