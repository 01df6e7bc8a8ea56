import { Form, Input, InputNumber, Radio, Select, Space } from "antd";
import { useState } from "react";
import type { CatalogueDefinitionsView, CatalogueView } from "../../api/contract.ts";
import { useUnits } from "../../api/shared-queries.ts";
import { type MessageKey, useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { useCatalogueChange } from "./catalogue-admin-api.ts";
import { DefinitionTable } from "./definition-table.tsx";
import { EditorDrawer } from "./editor-drawer.tsx";

type Regime = CatalogueDefinitionsView["regimes"][number];
type Frequency = "month" | "quarter" | "half" | "nine_months" | "year";
type Cutoff = "calendar" | "decree09";
interface RegimeForm {
  code: string;
  nameVi: string;
  frequency: Frequency;
  cutoff: Cutoff;
  deadlineDay?: number | null;
  lockAfterDays?: number | null;
  reportingUnits: string[];
  indicators: string[];
}
const FREQUENCIES: Frequency[] = ["month", "quarter", "half", "nine_months", "year"];

/**
 * "Biểu mẫu báo cáo": the reporting forms (regimes) — who reports which indicators, how often,
 * the data cut-off (Decree 09/2019 or the calendar month), the due day and the lock after it.
 */
export function RegimesTab({
  definitions,
  catalogue,
}: {
  definitions: CatalogueDefinitionsView;
  catalogue: CatalogueView;
}) {
  const { t } = useI18n();
  const { period } = useUnitPeriod();
  const units = useUnits(`${period}-01`);
  const [editing, setEditing] = useState<{ regime: Regime | undefined }>();
  const change = useCatalogueChange(() => setEditing(undefined));
  const regime = editing?.regime;
  const frequencyName = (f: string) => t(`catalogue.freq.${f}` as MessageKey);
  const cutoffName = (c: string) =>
    c === "decree09" ? t("catalogue.cutoffDecree09") : t("catalogue.cutoffCalendar");
  return (
    <>
      <DefinitionTable<Regime>
        kind="regime"
        label={t("catalogue.tabForms")}
        rows={definitions.regimes}
        mayManage={definitions.mayManage}
        addLabel={t("catalogue.addForm")}
        testId="regimes-table"
        onEdit={(r) => setEditing({ regime: r })}
        columns={[
          { title: t("catalogue.code"), dataIndex: "code", width: 160 },
          { title: t("catalogue.formName"), dataIndex: "nameVi", width: 220 },
          {
            title: `${t("catalogue.frequency")} / ${t("catalogue.cutoff")}`,
            width: 220,
            render: (_, r) => `${frequencyName(r.frequency)} — ${cutoffName(r.cutoff)}`,
          },
          {
            title: t("catalogue.deadlineDay"),
            dataIndex: "deadlineDay",
            width: 90,
            render: (d?: number) => d ?? "—",
          },
          {
            title: t("catalogue.lockAfterDays"),
            dataIndex: "lockAfterDays",
            width: 90,
            render: (d?: number | true) => (d === true ? 5 : (d ?? "—")),
          },
          {
            title: t("catalogue.formIndicators"),
            render: (_, r) =>
              `${r.indicators.length} · ${r.reportingUnits.length} ${t("catalogue.reportingUnits").toLowerCase()}`,
          },
        ]}
      />
      <EditorDrawer<RegimeForm>
        title={regime ? t("catalogue.editOf", { code: regime.code }) : t("catalogue.addForm")}
        open={editing !== undefined}
        initialValues={
          regime
            ? {
                ...regime,
                frequency: regime.frequency as Frequency,
                cutoff: regime.cutoff as Cutoff,
                lockAfterDays: regime.lockAfterDays === true ? 5 : (regime.lockAfterDays ?? null),
              }
            : {
                frequency: "month",
                cutoff: "decree09",
                deadlineDay: 16,
                reportingUnits: [],
                indicators: [],
              }
        }
        saving={change}
        testId="regime-editor"
        onClose={() => setEditing(undefined)}
        onFinish={(v) =>
          change.mutate({
            change: {
              kind: "regime",
              expected: regime?.version ?? null,
              regime: {
                code: v.code.trim(),
                nameVi: v.nameVi,
                ...(regime?.nameEn ? { nameEn: regime.nameEn } : {}),
                frequency: v.frequency,
                cutoff: v.cutoff,
                ...(v.deadlineDay ? { deadlineDay: v.deadlineDay } : {}),
                ...(v.lockAfterDays !== undefined && v.lockAfterDays !== null
                  ? { lockAfterDays: v.lockAfterDays }
                  : {}),
                reportingUnits: v.reportingUnits,
                indicators: v.indicators,
              },
            },
          })
        }
      >
        <Form.Item name="code" label={t("catalogue.code")} rules={[{ required: true }]}>
          <Input data-testid="regime-code" disabled={regime !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameVi" label={t("catalogue.formName")} rules={[{ required: true }]}>
          <Input data-testid="regime-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="frequency" label={t("catalogue.frequency")}>
          <Select options={FREQUENCIES.map((f) => ({ value: f, label: frequencyName(f) }))} />
        </Form.Item>
        <Form.Item name="cutoff" label={t("catalogue.cutoff")}>
          <Radio.Group>
            <Space direction="vertical">
              <Radio value="decree09">{t("catalogue.cutoffDecree09")}</Radio>
              <Radio value="calendar">{t("catalogue.cutoffCalendar")}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="deadlineDay" label={t("catalogue.deadlineDay")}>
          <InputNumber data-testid="regime-deadline" min={1} max={31} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          name="lockAfterDays"
          label={t("catalogue.lockAfterDays")}
          extra={t("catalogue.lockHelp")}
        >
          <InputNumber data-testid="regime-lock" min={0} max={366} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="reportingUnits" label={t("catalogue.reportingUnits")}>
          <Select
            data-testid="regime-units"
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={(units.data?.units ?? []).map((u) => ({ value: u.code, label: u.nameVi }))}
          />
        </Form.Item>
        <Form.Item name="indicators" label={t("catalogue.formIndicators")}>
          <Select
            data-testid="regime-indicators"
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={catalogue.indicators.map((i) => ({
              value: i.code,
              label: `${i.code} — ${i.nameVi}`,
            }))}
          />
        </Form.Item>
      </EditorDrawer>
    </>
  );
}
