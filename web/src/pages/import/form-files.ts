import { call } from "../../api/client.ts";
import { api, type FormUploadResult } from "../../api/contract.ts";
import { fileContent } from "../../api/file-content.ts";
import { saveFile } from "../../export/save-file.ts";

/** Downloads the Excel form of units for a month as a file. */
export async function downloadForm(units: readonly string[], period: string): Promise<void> {
  const blob = await call(api.forms.download, { query: { units: units.join(","), period } });
  saveFile(
    blob,
    `bieu-mau-${units.length === 1 ? units[0] : `${units.length}-don-vi`}-${period}.xlsx`,
  );
}

/** Sends a filled form: a preview, or (confirm) the writes. */
export async function uploadForm(file: File, confirm: boolean): Promise<FormUploadResult> {
  return call(api.forms.upload, {
    body: { fileName: file.name, content: await fileContent(file), confirm },
  });
}
