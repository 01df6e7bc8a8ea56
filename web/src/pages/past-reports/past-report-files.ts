import { call } from "../../api/client.ts";
import { api, type FormUploadResult, type RecoveredValueView } from "../../api/contract.ts";
import { fileContent } from "../../api/file-content.ts";

/** What the server read from past reports (see `api.pastReports.read`). */
export type PastReportsRead = Awaited<ReturnType<typeof readPastReports>>;

/** Sends past reports (and a template, if one was chosen) to be read back into values. */
export async function readPastReports(
  unit: string,
  period: string,
  files: readonly File[],
  template: File | undefined,
) {
  return call(api.pastReports.read, {
    body: {
      unit,
      period,
      files: await Promise.all(
        files.map(async (f) => ({ fileName: f.name, content: await fileContent(f) })),
      ),
      ...(template ? { template: await template.text() } : {}),
    },
  });
}

/** A reviewed value: the one read, or the reader's correction of it. */
export interface ReviewedValue {
  readonly read: RecoveredValueView;
  readonly value: number;
}

/** Previews (or, with confirm, writes) the reviewed values, as an uploaded Excel form is. */
export function importReviewed(
  values: readonly ReviewedValue[],
  confirm: boolean,
): Promise<FormUploadResult> {
  return call(api.pastReports.import, {
    body: {
      values: values.map(({ read, value }) => ({
        unit: read.unit,
        period: read.period,
        indicator: read.indicator,
        disaggregation: read.disaggregation,
        value,
        note:
          value === read.value
            ? read.note
            : `${read.note} — sửa khi nhập: ${read.written} → ${value}`,
        version: read.version,
      })),
      confirm,
    },
  });
}

/** The key of a value read, for tables and corrections. */
export function keyOf(v: RecoveredValueView): string {
  return `${v.unit}|${v.period}|${v.indicator}|${v.disaggregation}`;
}
