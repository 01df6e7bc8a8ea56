import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, InputNumber, Space, Tabs } from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api, type TargetCell, type TargetLineView } from "../../api/contract.ts";
import { useCatalogue } from "../../api/shared-queries.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { QueryState } from "../../components/query-state.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useUnitPeriod } from "../../layout/use-unit-period.ts";
import { HistoryTab } from "./history-tab.tsx";
import { KindsTab } from "./kinds-tab.tsx";
import { TargetDialog, type TargetDraft } from "./target-dialog.tsx";
import { TargetsExcel } from "./targets-excel.tsx";
import { TargetsTable } from "./targets-table.tsx";
import { useChangeFailure, useTargetKinds, useTargetSheet } from "./use-targets.ts";

/**
 * "Chỉ tiêu kế hoạch": a unit's targets for a year by indicator (and option), one column per
 * kind; administrators add, edit and remove them (each change over the version shown, audited),
 * import a year from Excel, and manage the kinds. Viewers of the unit see them.
 */
export function TargetsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { unit, period } = useUnitPeriod();
  const [year, setYear] = useState(Number(period.slice(0, 4)));
  const sheet = useTargetSheet(unit, year);
  const kinds = useTargetKinds();
  const catalogue = useCatalogue();
  const queryClient = useQueryClient();
  const { failed } = useChangeFailure();
  const [draft, setDraft] = useState<TargetDraft>();
  const done = (text: string) => {
    setDraft(undefined);
    message.success(text);
    void queryClient.invalidateQueries({ queryKey: ["targets"] });
    void queryClient.invalidateQueries({ queryKey: ["target-kinds"] });
    void queryClient.invalidateQueries({ queryKey: ["dashboard"] });
  };
  const identity = (d: TargetDraft) => ({
    unit,
    year,
    indicator: d.indicator ?? "",
    kind: d.kind ?? "",
    ...(d.option ? { option: d.option } : {}),
    ...(d.dueDate ? { dueDate: d.dueDate } : {}),
  });
  const save = useMutation({
    mutationFn: (d: TargetDraft) =>
      call(api.targets.save, {
        body: {
          ...identity(d),
          value: d.value ?? 0,
          ...(d.source?.trim() ? { source: d.source.trim() } : {}),
          expected: d.version ?? null,
        },
      }),
    onSuccess: () => done(t("targets.saved")),
    onError: failed,
  });
  const remove = useMutation({
    mutationFn: (d: TargetDraft) =>
      call(api.targets.remove, { body: { ...identity(d), expected: d.version ?? "" } }),
    onSuccess: () => done(t("targets.removed")),
    onError: failed,
  });
  const edit = (line: TargetLineView, target: TargetCell) =>
    setDraft({
      indicator: line.indicator,
      ...(line.option ? { option: line.option } : {}),
      kind: target.kind,
      value: target.value,
      ...(target.dueDate ? { dueDate: target.dueDate } : {}),
      ...(target.source ? { source: target.source } : {}),
      version: target.version,
    });
  const canEdit = sheet.data?.canEdit ?? false;
  return (
    <>
      <PageTitle
        title={t("targets.title")}
        extra={
          <span>
            {t("targets.year")}{" "}
            <InputNumber
              aria-label={t("targets.year")}
              data-testid="targets-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(y) => y && setYear(y)}
              style={{ width: 90 }}
            />
          </span>
        }
      />
      <Tabs
        items={[
          {
            key: "targets",
            label: t("targets.tabTargets"),
            children: (
              <QueryState query={sheet}>
                {(data) => (
                  <>
                    <Space wrap style={{ marginBottom: 12 }}>
                      {canEdit && (
                        <Button
                          type="primary"
                          icon={<PlusOutlined />}
                          data-testid="target-add"
                          onClick={() => setDraft({})}
                        >
                          {t("targets.add")}
                        </Button>
                      )}
                      <TargetsExcel unit={unit} year={year} canEdit={canEdit} />
                    </Space>
                    {!canEdit && (
                      <Alert
                        type="info"
                        showIcon
                        message={t("targets.readOnly")}
                        style={{ marginBottom: 12 }}
                      />
                    )}
                    <TargetsTable
                      lines={data.lines}
                      kinds={kinds.data?.kinds ?? []}
                      canEdit={canEdit}
                      onEdit={edit}
                    />
                  </>
                )}
              </QueryState>
            ),
          },
          {
            key: "kinds",
            label: <span data-testid="tab-kinds">{t("targets.tabKinds")}</span>,
            children: (
              <QueryState query={kinds}>
                {(data) => <KindsTab kinds={data.kinds} canEdit={data.canEdit} />}
              </QueryState>
            ),
          },
          {
            key: "history",
            label: <span data-testid="tab-history">{t("targets.tabHistory")}</span>,
            children: <HistoryTab unit={unit} year={year} />,
          },
        ]}
      />
      {draft && (
        <TargetDialog
          draft={draft}
          indicators={catalogue.data?.indicators ?? []}
          kinds={kinds.data?.kinds ?? []}
          busy={save.isPending || remove.isPending}
          onSave={(d) => save.mutate(d)}
          onRemove={(d) => remove.mutate(d)}
          onCancel={() => setDraft(undefined)}
        />
      )}
    </>
  );
}
