import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { fmtDateTime } from "../format/dates.ts";
import { useI18n } from "../i18n/index.ts";
import { downloadWorkbook } from "./download-workbook.ts";
import type { WorkbookSpec } from "./sheet-spec.ts";

/**
 * "Tải Excel": downloads the tables on screen as a workbook. `workbook` is called at the click,
 * so the file holds what the screen shows then (filters of the page included).
 */
export function ExportButton({
  name,
  workbook,
}: {
  /** Names the button for tests: `export-<name>`. */
  name: string;
  workbook: () => WorkbookSpec | undefined;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const made = workbook();
    if (!made) return;
    setBusy(true);
    try {
      await downloadWorkbook(
        made,
        t("export.madeAt", { time: fmtDateTime(new Date().toISOString()) }),
      );
    } catch {
      void message.error(t("export.failed"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={`export-${name}`}
    >
      {t("export.xlsx")}
    </Button>
  );
}
