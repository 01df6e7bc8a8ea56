import { call } from "../../api/client.ts";
import { api, type FormUploadResult } from "../../api/contract.ts";
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
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return call(api.forms.upload, {
    body: { fileName: file.name, content: btoa(binary), confirm },
  });
}
