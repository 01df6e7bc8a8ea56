import { FileTextOutlined, PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  Alert,
  App,
  Badge,
  Button,
  type ButtonProps,
  Col,
  Grid,
  Row,
  Segmented,
  Space,
  Tabs,
  Typography,
} from "antd";
import { useState } from "react";
import { call } from "../../api/client.ts";
import { api, type FigureBasis, type ReportView } from "../../api/contract.ts";
import { errorMessage, isConflict } from "../../api/errors.ts";
import { useUnitName } from "../../api/use-unit-name.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { useDebounced } from "../../hooks/use-debounced.ts";
import { useLeaveGuard } from "../../hooks/use-leave-guard.tsx";
import { useI18n } from "../../i18n/index.ts";
import { hasRole } from "../../session/roles.ts";
import { useSession } from "../../session/session.tsx";
import { ChecksPanel } from "./checks-panel.tsx";
import { FigureBasisSwitch } from "./figure-basis-switch.tsx";
import { FiguresPanel } from "./figures-panel.tsx";
import { FrontMatterDrawer } from "./front-matter/front-matter-drawer.tsx";
import { FigurePicker } from "./picker/figure-picker.tsx";
import { PreviewFrame } from "./preview-frame.tsx";
import { periodName, useReportPeriod } from "./report-period.ts";
import { ReportToolbar } from "./report-toolbar.tsx";
import { type InsertRequest, type JumpRequest, TemplateEditor } from "./template-editor.tsx";
import { useIssue } from "./use-issue.tsx";
import { useReportActions } from "./use-report-actions.ts";
import { VersionsList } from "./versions-list.tsx";

interface Props {
  readonly report: ReportView;
  readonly reload: () => Promise<unknown>;
}

/** Template on the left, live preview, figures, checks and versions on the right. */
export function ReportEditor({ report, reload }: Props) {
  const { t, lang } = useI18n();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const { message, modal } = App.useApp();
  const { user } = useSession();
  const { open } = useReportPeriod();
  const unitName = useUnitName();
  const canEdit = hasRole(user, "office", "admin");
  const canIssue = hasRole(user, "approver", "admin");
  const saved = report.current.template;
  const [template, setTemplate] = useState(saved);
  const [jump, setJump] = useState<JumpRequest>();
  const [picking, setPicking] = useState(false);
  const [editingMeta, setEditingMeta] = useState(false);
  const [insertion, setInsertion] = useState<InsertRequest>();
  const [tab, setTab] = useState("preview");
  const [conflict, setConflict] = useState<string>();
  const dirty = template !== saved;
  useLeaveGuard(dirty, t("report.leave"));
  const [basis, setBasis] = useState<FigureBasis>("entered");
  const settled = useDebounced(template, 700);
  // The opened report is the saved draft on all entered figures; anything else is a preview.
  const previewing = settled !== saved || basis !== "entered";
  const preview = useQuery({
    queryKey: ["preview", report.unit, report.period, settled, basis],
    queryFn: () =>
      call(api.reports.preview, {
        params: { unit: report.unit, period: report.period },
        query: { figures: basis },
        body: { template: settled },
      }),
    enabled: previewing,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const shown = previewing && preview.data ? preview.data : report;
  const actions = useReportActions(report);
  const onJump = (line: number) => setJump({ line, nonce: Date.now() });

  const save = () =>
    actions.save.mutate(template, {
      onSuccess: async (v) => {
        setConflict(undefined);
        message.success(t("report.saved", { version: v.version }));
        await reload();
      },
      onError: (error) =>
        isConflict(error) ? setConflict(errorMessage(error)) : message.error(errorMessage(error)),
    });

  const carry = () =>
    actions.carry.mutate(undefined, {
      onSuccess: (r) =>
        modal.confirm({
          type: "success",
          title: t("report.carried", { period: periodName(r.period, lang) }),
          okText: t("report.openNext"),
          cancelText: t("app.close"),
          onOk: () => open(r.period),
        }),
      // Braces: a message is a thenable, and returned it would hold the mutation until it closes.
      onError: (error) => {
        message.error(errorMessage(error));
      },
    });

  const issue = useIssue({
    report,
    checks: shown.checks,
    mutation: actions.issue,
    onJump,
    reload,
  });

  const errors = shown.checks.filter((c) => c.severity === "error").length;
  return (
    <>
      <PageTitle
        title={`${t("report.title")} — ${unitName(report.unit)} — ${periodName(report.period, lang)}`}
        extra={
          <ReportToolbar
            report={report}
            dirty={dirty}
            canEdit={canEdit}
            canIssue={canIssue}
            busy={{
              save: actions.save.isPending,
              carry: actions.carry.isPending,
              issue: actions.issue.isPending,
            }}
            onSave={save}
            onCarry={carry}
            onIssue={issue}
          />
        }
      />
      {!canEdit && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("report.readOnly")} />
      )}
      {conflict && (
        <Alert
          data-testid="report-conflict"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("report.conflict")}
          description={conflict}
          action={
            <Button
              size="small"
              onClick={async () => {
                setConflict(undefined);
                await reload();
              }}
            >
              {t("report.reload")}
            </Button>
          }
        />
      )}
      <Row gutter={12}>
        <Col xs={24} xl={11}>
          <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 4 }}>
            <Typography.Text type="secondary">{t("report.template")}</Typography.Text>
            {canEdit && report.current.status === "draft" && (
              <Space size="small" wrap>
                <Button
                  size="small"
                  icon={<FileTextOutlined />}
                  onClick={() => setEditingMeta(true)}
                  {...({ "data-testid": "front-matter-open" } as ButtonProps)}
                >
                  {t("meta.open")}
                </Button>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setPicking(true)}
                  {...({ "data-testid": "picker-open" } as ButtonProps)}
                >
                  {t("picker.open")}
                </Button>
              </Space>
            )}
          </Space>
          <FrontMatterDrawer
            open={editingMeta}
            template={template}
            onApply={setTemplate}
            onClose={() => setEditingMeta(false)}
          />
          <FigurePicker
            open={picking}
            unit={report.unit}
            period={report.period}
            onInsert={(text) => setInsertion({ text, nonce: Date.now() })}
            onClose={() => setPicking(false)}
          />
          <TemplateEditor
            value={template}
            readOnly={!canEdit}
            jump={jump}
            insertion={insertion}
            onChange={setTemplate}
            label={t("report.template")}
          />
        </Col>
        <Col xs={24} xl={13}>
          {/* An issued version is frozen as issued: there is nothing to recompose. */}
          {report.current.status === "draft" && (
            <FigureBasisSwitch value={basis} onChange={setBasis} />
          )}
          {(() => {
            const items = [
              {
                key: "preview",
                label: t("report.preview"),
                children: <PreviewFrame html={shown.html} busy={preview.isFetching} />,
              },
              {
                key: "figures",
                label: (
                  <span data-testid="tab-figures">
                    {t("report.figures")}{" "}
                    <Badge count={shown.figures.length} color="#1d4e89" overflowCount={999} />
                  </span>
                ),
                children: <FiguresPanel figures={shown.figures} onJump={onJump} />,
              },
              {
                key: "checks",
                label: (
                  <span data-testid="tab-checks">
                    {t("report.checks")}{" "}
                    <Badge
                      count={shown.checks.length}
                      color={errors > 0 ? "#a8071a" : "#ad4e00"}
                      showZero
                    />
                  </span>
                ),
                children: <ChecksPanel checks={shown.checks} onJump={onJump} />,
              },
              {
                key: "versions",
                label: t("report.versions"),
                children: <VersionsList report={report} />,
              },
            ];
            const updating = preview.isFetching ? (
              <Typography.Text type="secondary">{t("report.updating")}</Typography.Text>
            ) : undefined;
            // On a phone the four tabs do not fit: buttons that wrap instead of a tab strip that
            // hides some behind a "more" menu.
            if (narrow)
              return (
                <>
                  <Segmented
                    block
                    value={tab}
                    onChange={setTab}
                    aria-label={t("report.panels")}
                    options={items.map((item) => ({ value: item.key, label: item.label }))}
                    style={{ marginBottom: 8 }}
                  />
                  {updating}
                  {items.find((item) => item.key === tab)?.children}
                </>
              );
            return (
              <Tabs
                activeKey={tab}
                onChange={setTab}
                size="small"
                tabBarExtraContent={updating}
                items={items}
              />
            );
          })()}
        </Col>
      </Row>
    </>
  );
}
