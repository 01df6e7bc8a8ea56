import type { UseMutationResult } from "@tanstack/react-query";
import { Alert, App, Modal } from "antd";
import type { CheckView, ReportView } from "../../api/contract.ts";
import { errorMessage } from "../../api/errors.ts";
import { fmtMonth } from "../../format/dates.ts";
import { useI18n } from "../../i18n/index.ts";
import { ChecksPanel } from "./checks-panel.tsx";

interface Options {
  readonly report: ReportView;
  /** The checks shown now (of the preview being looked at). */
  readonly checks: readonly CheckView[];
  readonly mutation: UseMutationResult<{ version: number }, Error, boolean>;
  readonly onJump: (line: number) => void;
  readonly reload: () => Promise<unknown>;
}

/**
 * Issuing: a confirmation (which says how many errors would be overridden), then the server's
 * answer — the issued version, or the checks that blocked it, each linking to its line.
 */
export function useIssue({ report, checks, mutation, onJump, reload }: Options): () => void {
  const { t } = useI18n();
  const { message, modal } = App.useApp();

  const run = (force: boolean) =>
    mutation.mutate(force, {
      onSuccess: async (v) => {
        message.success(t("report.issued", { version: v.version }));
        await reload();
      },
      onError: (error) => {
        const details = (error as { details?: { checks?: CheckView[] } }).details;
        const blocking = details?.checks ?? [];
        modal.error({
          title: blocking.length
            ? t("report.blocking", { count: blocking.length })
            : t("app.error"),
          width: 640,
          content: (
            <div data-testid="issue-blocked">
              <p>{errorMessage(error)}</p>
              <ChecksPanel
                checks={blocking}
                onJump={(line) => {
                  Modal.destroyAll();
                  onJump(line);
                }}
              />
            </div>
          ),
        });
      },
    });

  return () => {
    const errors = checks.filter((c) => c.severity === "error");
    modal.confirm({
      title: t("report.issueConfirm", { period: fmtMonth(report.period) }),
      width: errors.length > 0 ? 640 : undefined,
      content:
        errors.length > 0 ? (
          <div data-testid="issue-errors">
            <Alert
              type="warning"
              showIcon
              title={t("report.errorsLeft", { count: errors.length })}
            />
            <div style={{ maxHeight: 320, overflow: "auto", marginTop: 8 }}>
              <ChecksPanel
                checks={errors}
                onJump={(line) => {
                  Modal.destroyAll();
                  onJump(line);
                }}
              />
            </div>
          </div>
        ) : undefined,
      okText: errors.length > 0 ? t("report.issueForce") : t("report.issue"),
      okButtonProps: { danger: errors.length > 0, "data-testid": "issue-confirm" },
      cancelText: t("app.cancel"),
      onOk: () => run(errors.length > 0),
    });
  };
}
