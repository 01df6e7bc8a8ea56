import { useI18n } from "../../i18n/index.ts";

/** The composed report's HTML in a sandboxed frame (no scripts, no same-origin access). */
export function PreviewFrame({ html, busy }: { html: string; busy: boolean }) {
  const { t } = useI18n();
  return (
    <iframe
      title={t("report.preview")}
      data-testid="report-preview"
      sandbox=""
      srcDoc={html}
      style={{
        width: "100%",
        height: "calc(100vh - 260px)",
        minHeight: 400,
        border: "1px solid #d9d9d9",
        background: "#fff",
        opacity: busy ? 0.6 : 1,
        transition: "opacity .2s",
      }}
    />
  );
}
