import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { errorMessage } from "../../api/errors.ts";
import { useI18n } from "../../i18n/index.ts";
import { downloadReport } from "./download.ts";

interface Props {
  readonly unit: string;
  readonly period: string;
  readonly version?: number;
  readonly size?: "small" | "middle";
  /** Suffix of the test ids, for the buttons of a listed version. */
  readonly idSuffix?: string;
}

/** "Tải DOCX" and "Tải PDF"; the PDF takes seconds (LibreOffice), so it shows a spinner. */
export function DownloadButtons({ unit, period, version, size, idSuffix = "" }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<"docx" | "pdf" | undefined>(undefined);
  const run = async (format: "docx" | "pdf") => {
    setBusy(format);
    const hide = format === "pdf" ? message.loading(t("report.pdfWait"), 0) : undefined;
    try {
      await downloadReport(unit, period, format, version);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      hide?.();
      setBusy(undefined);
    }
  };
  return (
    <>
      <Button
        size={size}
        icon={<FileWordOutlined />}
        loading={busy === "docx"}
        disabled={busy !== undefined}
        data-testid={`download-docx${idSuffix}`}
        onClick={() => void run("docx")}
      >
        {t("report.downloadDocx")}
      </Button>
      <Button
        size={size}
        icon={<FilePdfOutlined />}
        loading={busy === "pdf"}
        disabled={busy !== undefined}
        data-testid={`download-pdf${idSuffix}`}
        onClick={() => void run("pdf")}
      >
        {t("report.downloadPdf")}
      </Button>
    </>
  );
}
