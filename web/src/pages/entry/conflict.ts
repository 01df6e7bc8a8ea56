import type { ApiError } from "../../api/contract.ts";

/** What a 409 `value.conflict` says about the newer stored value. */
export interface ConflictInfo {
  readonly message: string;
  readonly indicator: string | undefined;
  readonly disaggregation: string;
  readonly value: number | null;
  readonly textValue: string | null;
  readonly version: number | undefined;
  readonly updatedAt: string | undefined;
  readonly updatedBy: string | undefined;
  readonly deleted: boolean;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Reads the details of a conflict (`details.current` is the stored value now, or null). */
export function readConflict(error: ApiError): ConflictInfo {
  const d = error.details;
  const current =
    d.current && typeof d.current === "object" ? (d.current as Record<string, unknown>) : undefined;
  return {
    message: error.message,
    indicator: str(d.indicatorCode) ?? str(d.indicator) ?? str(current?.indicatorCode),
    disaggregation: str(d.disaggregation) ?? str(current?.disaggregation) ?? "",
    value: typeof current?.value === "number" ? current.value : null,
    textValue: str(current?.textValue) ?? null,
    version:
      typeof current?.version === "number"
        ? current.version
        : typeof d.currentVersion === "number"
          ? d.currentVersion
          : undefined,
    updatedAt: str(current?.updatedAt),
    updatedBy: str(current?.updatedBy),
    deleted: d.current === null,
  };
}
