import { call } from "../../api/client.ts";
import { api, type OutputFormat } from "../../api/contract.ts";

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
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `bao-cao-${unit}-${period}${version ? `-v${version}` : ""}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
