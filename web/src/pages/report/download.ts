import { call } from "../../api/client.ts";
import { api, type OutputFormat } from "../../api/contract.ts";
import { saveFile } from "../../export/save-file.ts";

/** Fetches the rendered report and hands it to the browser as a file download. */
export async function downloadReport(
  unit: string,
  period: string,
  format: OutputFormat,
  version?: number,
): Promise<void> {
  const blob = await call(api.reports.download, {
    params: { unit, period },
    query: { format, ...(version ? { version } : {}) },
  });
  saveFile(blob, `bao-cao-${unit}-${period}${version ? `-v${version}` : ""}.${format}`);
}
