import { FileOutlined, FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { type ReactNode, useState } from "react";
import { OFFERED_FORMATS, type OutputFormat } from "../../api/contract.ts";
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

const ICONS: Partial<Record<OutputFormat, ReactNode>> = {
  docx: <FileWordOutlined />,
  pdf: <FilePdfOutlined />,
};

/**
 * One "Tải …" button per format offered to clerks (the report's output-format list); the PDF
 * takes seconds (LibreOffice), so it shows a notice while it is made.
 */
export function DownloadButtons({ unit, period, version, size, idSuffix = "" }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<OutputFormat | undefined>(undefined);
  const run = async (format: OutputFormat) => {
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
      {OFFERED_FORMATS.map((format) => (
        <Button
          key={format}
          size={size}
          icon={ICONS[format] ?? <FileOutlined />}
          loading={busy === format}
          disabled={busy !== undefined}
          data-testid={`download-${format}${idSuffix}`}
          onClick={() => void run(format)}
        >
          {t("report.download", { format: format.toUpperCase() })}
        </Button>
      ))}
    </>
  );
}
