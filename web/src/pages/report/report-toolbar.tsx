import { ForwardOutlined, SafetyCertificateOutlined, SaveOutlined } from "@ant-design/icons";
import { Button, Tag, Tooltip } from "antd";
import type { ReportView } from "../../api/contract.ts";
import { useI18n } from "../../i18n/index.ts";
import { DownloadButtons } from "./download-buttons.tsx";

interface Props {
  readonly report: ReportView;
  readonly dirty: boolean;
  readonly canEdit: boolean;
  readonly canIssue: boolean;
  readonly busy: { save: boolean; carry: boolean; issue: boolean };
  readonly onSave: () => void;
  readonly onCarry: () => void;
  readonly onIssue: () => void;
}

/** The report's actions, shown by role: office/admin edit, approver/admin issue. */
export function ReportToolbar(props: Props) {
  const { t } = useI18n();
  const { report, dirty, canEdit, canIssue, busy } = props;
  const isDraft = report.current.status === "draft";
  return (
    <>
      <Tag color={isDraft ? "default" : "green"} data-testid="report-status">
        v{report.current.version} · {isDraft ? t("report.draft") : t("report.issuedTag")}
      </Tag>
      {dirty && <Tag color="orange">{t("report.dirty")}</Tag>}
      {canEdit && (
        <Button
          type="primary"
          icon={<SaveOutlined />}
          data-testid="report-save"
          disabled={!dirty}
          loading={busy.save}
          onClick={props.onSave}
        >
          {t("report.saveDraft")}
        </Button>
      )}
      {canEdit && (
        <Button
          icon={<ForwardOutlined />}
          data-testid="report-carry-forward"
          loading={busy.carry}
          onClick={props.onCarry}
        >
          {t("report.carryForward")}
        </Button>
      )}
      {canIssue && (
        <Tooltip title={dirty ? t("report.dirty") : undefined}>
          <Button
            icon={<SafetyCertificateOutlined />}
            data-testid="report-issue"
            disabled={dirty || !isDraft}
            loading={busy.issue}
            onClick={props.onIssue}
          >
            {t("report.issue")}
          </Button>
        </Tooltip>
      )}
      <DownloadButtons unit={report.unit} period={report.period} />
    </>
  );
}
