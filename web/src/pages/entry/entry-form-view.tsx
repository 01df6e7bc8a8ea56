import { DownloadOutlined, ReloadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Collapse, Grid, Input, Spin, Typography } from "antd";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useLocation } from "react-router";
import { call } from "../../api/client.ts";
import { api, type EntryCell, type EntryForm, type EntryIndicator } from "../../api/contract.ts";
import { errorMessage, isConflict, isNetworkError } from "../../api/errors.ts";
import { useSectorName } from "../../api/use-sector-name.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { fmtMonth } from "../../format/dates.ts";
import { useCtrlS } from "../../hooks/use-ctrl-s.ts";
import { useLeaveGuard } from "../../hooks/use-leave-guard.tsx";
import { useI18n } from "../../i18n/index.ts";
import { draftKey } from "../../offline/draft-store.ts";
import { useOnline } from "../../offline/use-online.ts";
import { useSession } from "../../session/session.tsx";
import { downloadForm } from "../import/form-files.ts";
import { periodName } from "../report/report-period.ts";
import { type ConflictInfo, readConflict } from "./conflict.ts";
import { ConflictAlert } from "./conflict-alert.tsx";
import { cellKey, changesOf, type Draft, problemsOf } from "./drafts.ts";
import type { EntryListContext } from "./entry-list.tsx";
import { periodAnchor } from "./entry-path.ts";
import { FindingsList, findingsByIndicator } from "./findings-panel.tsx";
import { LaterFilings } from "./later-filings.tsx";
import { periodBlocks } from "./period-blocks.ts";
import { PeriodSection, sectorAnchor, useBlockTitle } from "./period-section.tsx";
import { SaveBar } from "./save-bar.tsx";
import { SectorLinks } from "./sector-links.tsx";
import { SubmissionStatus } from "./submission-status.tsx";
import { useDrafts } from "./use-drafts.ts";

// The audit trail needs antd's Table: loaded when first asked for, not with the form.
const HistoryDrawer = lazy(() =>
  import("./history-drawer.tsx").then((m) => ({ default: m.HistoryDrawer })),
);

interface Props {
  readonly form: EntryForm;
  readonly reload: () => Promise<unknown>;
}

/**
 * The entry form of one unit and month: a card per indicator, drafts kept on the device, a save
 * bar always in view that sends what is valid (offline: queued until the connection returns),
 * conflicts and findings.
 */
export function EntryFormView({ form, reload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const title = useBlockTitle();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const sectorName = useSectorName();
  const { user } = useSession();
  const wide = Grid.useBreakpoint().xl ?? false;
  const online = useOnline();
  const store = useDrafts(draftKey("entry", user?.username ?? "", form.unit.code, form.period));
  const { drafts, edit, discard, clear, settle, setQueued } = store;
  const [conflict, setConflict] = useState<ConflictInfo | undefined>(undefined);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const [restoredShown, setRestoredShown] = useState(true);
  const [filter, setFilter] = useState("");
  const [history, setHistory] = useState<{ indicator: EntryIndicator; cell: EntryCell }>();
  const changes = useMemo(() => changesOf(form, drafts), [form, drafts]);
  const problems = useMemo(() => problemsOf(form, drafts), [form, drafts]);
  const unsaved = changes.length + problems.size;
  useLeaveGuard(unsaved > 0, t("entry.leave", { count: unsaved }));

  const save = useMutation({
    mutationFn: (values: typeof changes) => call(api.values.save, { body: { values } }),
  });
  const doSave = useCallback(() => {
    if (!form.editable || changes.length === 0 || save.isPending) return;
    if (!navigator.onLine) {
      setQueued(true);
      return;
    }
    // What is sent, to drop exactly those drafts once saved (a figure typed meanwhile stays).
    const sent = new Map<string, Draft>();
    for (const c of changes) {
      const id = cellKey(c.indicator, c.disaggregation ?? "");
      const draft = drafts.get(id);
      if (draft) sent.set(id, draft);
    }
    save.mutate(changes, {
      onSuccess: async (result) => {
        setConflict(undefined);
        setSaveError(undefined);
        message.success(t("entry.saved", { count: result.outcomes.length }));
        // Every figure computed from these values is now stale.
        for (const key of ["dashboard", "series", "report", "preview", "history"])
          void queryClient.invalidateQueries({ queryKey: [key] });
        await reload();
        settle(sent);
      },
      onError: (error) => {
        if (isNetworkError(error)) {
          setQueued(true);
          return;
        }
        setQueued(false);
        if (isConflict(error)) setConflict(readConflict(error));
        else setSaveError(errorMessage(error));
      },
    });
  }, [form.editable, changes, drafts, save, setQueued, settle, message, t, queryClient, reload]);
  useCtrlS(doSave);

  // Figures saved without a connection go as soon as it returns (and when the form reopens).
  useEffect(() => {
    if (!store.loaded || !store.queued || !online || save.isPending) return;
    if (changes.length === 0) setQueued(false);
    else doSave();
  }, [store.loaded, store.queued, online, save.isPending, changes.length, doSave, setQueued]);

  // A link to a quarter's figures (Việc cần làm: `#period-2023-Q3`) opens the form at them.
  const { hash } = useLocation();
  useEffect(() => {
    if (store.loaded && hash.length > 1)
      document
        .getElementById(decodeURIComponent(hash.slice(1)))
        ?.scrollIntoView({ block: "start" });
  }, [store.loaded, hash]);

  if (!store.loaded)
    return (
      <div style={{ padding: 48, textAlign: "center" }}>
        <Spin size="large" />
      </div>
    );

  const codes = form.sectors.flatMap((s) => s.indicators.map((i) => i.code));
  // A sent or approved form's figures are read-only; the server refuses them anyway.
  const locked = new Set(form.lockedIndicators);
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
  // A quarterly form's figures apart from the month's, each part headed by its period.
  const blocks = periodBlocks(form, shownSectors);
  const allBlocks = periodBlocks(form);
  const headed = allBlocks.length > 1 || allBlocks[0]?.longer !== undefined;
  // A unit filing only a quarterly form this month sees the quarter, not the month, named.
  const only = allBlocks.length === 1 ? allBlocks[0] : undefined;
  const shownPeriod = only?.longer ? periodName(only.period, lang) : fmtMonth(form.period);
  const ctx: EntryListContext = {
    drafts,
    problems,
    editable: form.editable,
    findings: findingsByIndicator(form.findings, codes),
    onEdit: edit,
    onHistory: (indicator, cell) => setHistory({ indicator, cell }),
  };
  const findings = (
    <Collapse
      size="small"
      defaultActiveKey={wide ? ["findings"] : []}
      data-testid="findings-panel"
      items={[
        {
          key: "findings",
          label: t("entry.findingsCount", { count: form.findings.length }),
          children: <FindingsList findings={form.findings} />,
        },
      ]}
    />
  );

  return (
    <>
      <PageTitle
        title={`${t("entry.title")} — ${unitName(form.unit.code)} — ${capitalised(shownPeriod)}`}
        extra={
          <>
            {wide && <Typography.Text type="secondary">{t("entry.keyboard")}</Typography.Text>}
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t("entry.reload")}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              data-testid="entry-download-form"
              onClick={() => void downloadForm([form.unit.code], form.period)}
            >
              {t("entry.downloadForm")}
            </Button>
          </>
        }
      />
      <SubmissionStatus form={form} />
      <LaterFilings form={form} />
      {!form.editable && form.lockedIndicators.length === 0 && (
        <Alert
          data-testid="entry-readonly"
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("entry.readOnly")}
          description={t("entry.readOnlyText")}
        />
      )}
      {restoredShown && store.restored > 0 && unsaved > 0 && (
        <Alert
          data-testid="entry-restored"
          type="info"
          showIcon
          closable={{ onClose: () => setRestoredShown(false) }}
          style={{ marginBottom: 12 }}
          title={t("entry.restored", { count: unsaved })}
        />
      )}
      <div className="entry-layout">
        <div style={{ flex: 1, minWidth: 0 }}>
          {!wide && <div style={{ marginBottom: 8 }}>{findings}</div>}
          {form.sectors.length === 0 ? (
            <Card>{t("entry.empty")}</Card>
          ) : (
            <>
              <Input.Search
                allowClear
                data-testid="entry-filter"
                aria-label={t("catalogue.searchHint")}
                placeholder={t("catalogue.searchHint")}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                className="no-print"
                style={{ maxWidth: 360, marginBottom: 8 }}
              />
              <SectorLinks
                sectors={blocks.flatMap((block) =>
                  block.longer && blocks.length > 1
                    ? [
                        {
                          code: block.period,
                          target: periodAnchor(block.period),
                          name: title(block),
                        },
                      ]
                    : block.sectors.map((s) => ({
                        code: s.code,
                        target: sectorAnchor(block, s.code),
                        name: sectorName(s.code),
                      })),
                )}
              />
              {blocks.map((block) => (
                <PeriodSection
                  key={block.period}
                  block={block}
                  headed={headed}
                  month={form.period}
                  ctx={ctx}
                  locked={locked}
                />
              ))}
            </>
          )}
        </div>
        {wide && <aside className="entry-findings-side">{findings}</aside>}
      </div>
      <SaveBar
        ready={changes.length}
        invalid={problems.size}
        online={online}
        queued={store.queued}
        editable={form.editable}
        saving={save.isPending}
        onSave={doSave}
      >
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
            title={saveError}
          />
        )}
      </SaveBar>
      {history && (
        <Suspense fallback={null}>
          <HistoryDrawer
            unit={form.unit.code}
            period={form.period}
            target={history}
            onClose={() => setHistory(undefined)}
          />
        </Suspense>
      )}
    </>
  );
}

/** "quý III năm 2023" → "Quý III năm 2023", for a title; "09/2023" stays as it is. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
