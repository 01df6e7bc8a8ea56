import { ReloadOutlined, SaveOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Col, Collapse, Input, Row, Typography } from "antd";
import { useMemo, useState } from "react";
import { call } from "../../api/client.ts";
import {
  api,
  type EntryCell,
  type EntryForm,
  type EntryIndicator,
  type FindingView,
} from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useSectorName } from "../../api/use-sector-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { type ConflictInfo, readConflict } from "./conflict.ts";
import { ConflictAlert } from "./conflict-alert.tsx";
import { changesOf } from "./drafts.ts";
import { EntryTable } from "./entry-table.tsx";
import { FindingsPanel, findingsByIndicator } from "./findings-panel.tsx";
import { HistoryDrawer } from "./history-drawer.tsx";
import { useCtrlS, useLeaveGuard } from "./use-ctrl-s.ts";
import { useDrafts } from "./use-drafts.ts";

interface Props {
  readonly form: EntryForm;
  readonly reload: () => Promise<unknown>;
}

/** The entry form of one unit and month with its drafts, save, conflicts and findings. */
export function EntryFormView({ form, reload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const sectorName = useSectorName();
  const { drafts, edit, discard, clear } = useDrafts();
  const [conflict, setConflict] = useState<ConflictInfo | undefined>(undefined);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState("");
  const [history, setHistory] = useState<{ indicator: EntryIndicator; cell: EntryCell }>();
  const changes = useMemo(() => changesOf(form, drafts), [form, drafts]);
  useLeaveGuard(changes.length > 0);

  const save = useMutation({
    mutationFn: () => call(api.values.save, { body: { values: changes } }),
    onSuccess: async (result) => {
      setConflict(undefined);
      setSaveError(undefined);
      message.success(t("entry.saved", { count: result.outcomes.length }));
      // Every figure computed from these values is now stale.
      for (const key of ["dashboard", "series", "report", "preview", "history"])
        void queryClient.invalidateQueries({ queryKey: [key] });
      await reload();
      clear();
    },
    onError: (error) => {
      if (isConflict(error)) setConflict(readConflict(error));
      else setSaveError(errorMessage(error));
    },
  });
  const doSave = () => {
    if (form.editable && changes.length > 0 && !save.isPending) save.mutate();
  };
  useCtrlS(doSave);

  const codes = form.sectors.flatMap((s) => s.indicators.map((i) => i.code));
  const needle = filter.trim().toLowerCase();
  const shownSectors = form.sectors
    .map((sector) => ({
      ...sector,
      indicators: sector.indicators.filter(
        (i) =>
          needle === "" ||
          i.code.toLowerCase().includes(needle) ||
          i.nameVi.toLowerCase().includes(needle) ||
          i.nameEn.toLowerCase().includes(needle),
      ),
    }))
    .filter((sector) => sector.indicators.length > 0);
  const findings: readonly FindingView[] = form.findings;
  const byIndicator = findingsByIndicator(findings, codes);

  return (
    <>
      <PageTitle
        title={`${t("entry.title")} — ${unitName(form.unit.code)} — ${fmtMonth(form.period)}`}
        extra={
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("entry.keyboard")}
            </Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t("entry.reload")}
            </Button>
            <Badge count={changes.length} color="#fa8c16">
              <Button
                type="primary"
                icon={<SaveOutlined />}
                data-testid="entry-save"
                disabled={!form.editable || changes.length === 0}
                loading={save.isPending}
                onClick={doSave}
              >
                {t("entry.save")}
              </Button>
            </Badge>
          </>
        }
      />
      {!form.editable && (
        <Alert
          data-testid="entry-readonly"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("entry.readOnly")}
          description={t("entry.readOnlyText")}
        />
      )}
      {conflict && (
        <ConflictAlert
          conflict={conflict}
          form={form}
          onClose={() => setConflict(undefined)}
          onTakeNewer={async () => {
            if (conflict.indicator) discard(conflict.indicator, conflict.disaggregation);
            setConflict(undefined);
            await reload();
          }}
          onReloadAll={async () => {
            clear();
            setConflict(undefined);
            await reload();
          }}
        />
      )}
      {saveError && (
        <Alert
          data-testid="entry-error"
          type="error"
          showIcon
          closable={{ onClose: () => setSaveError(undefined) }}
          style={{ marginBottom: 16 }}
          title={saveError}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={18}>
          {form.sectors.length === 0 ? (
            <Card>{t("entry.empty")}</Card>
          ) : (
            <>
              <Input.Search
                allowClear
                data-testid="entry-filter"
                placeholder={t("catalogue.searchHint")}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                style={{ width: 320, marginBottom: 12 }}
              />
              <Collapse
                defaultActiveKey={form.sectors.map((s) => s.code)}
                items={shownSectors.map((sector) => ({
                  key: sector.code,
                  label: `${sectorName(sector.code)} (${sector.indicators.length})`,
                  children: (
                    <EntryTable
                      indicators={sector.indicators}
                      drafts={drafts}
                      editable={form.editable}
                      findings={byIndicator}
                      onEdit={edit}
                      onHistory={(indicator, cell) => setHistory({ indicator, cell })}
                    />
                  ),
                }))}
              />
            </>
          )}
        </Col>
        <Col xs={24} xl={6}>
          <div style={{ position: "sticky", top: 72 }}>
            <FindingsPanel findings={findings} />
          </div>
        </Col>
      </Row>
      <HistoryDrawer
        unit={form.unit.code}
        period={form.period}
        target={history}
        onClose={() => setHistory(undefined)}
      />
    </>
  );
}
