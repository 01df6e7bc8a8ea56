import { BaocaoError } from "../errors.ts";
import { FREQUENCIES } from "./frequency.ts";
import type { ReportingRegime } from "./regime.ts";

const CODE = /^[a-z][a-z0-9_]*$/;
const CUTOFFS = ["calendar", "decree09"];

/** What a regime is checked against: the catalogue's indicators and the known units. */
export interface RegimeContext {
  readonly isIndicator: (code: string) => boolean;
  readonly isUnit: (code: string) => boolean;
}

function invalid(regime: string, field: string, message: string, extra = {}): BaocaoError {
  return new BaocaoError("regime.invalid", `Biểu mẫu "${regime}": ${message}`, {
    regime,
    field,
    ...extra,
  });
}

/**
 * Checks a reporting regime (a form) before it is stored, from a file or the forms editor:
 * its code, name, frequency, cut-off, due day and lock days, and that every indicator and
 * reporting unit it names exists. Throws `regime.invalid` naming the field.
 */
export function checkRegime(regime: ReportingRegime, context: RegimeContext): void {
  const code = String(regime.code);
  if (!CODE.test(code))
    throw invalid(code, "code", "mã biểu mẫu phải viết thường, không dấu, dạng ten_bieu_mau");
  if (typeof regime.nameVi !== "string" || regime.nameVi.trim() === "")
    throw invalid(code, "nameVi", "thiếu tên biểu mẫu");
  if (!FREQUENCIES.includes(regime.frequency))
    throw invalid(code, "frequency", `kỳ báo cáo "${regime.frequency}" không hợp lệ`);
  if (!CUTOFFS.includes(regime.cutoff))
    throw invalid(code, "cutoff", `cách chốt số liệu "${regime.cutoff}" không hợp lệ`);
  const day = regime.deadlineDay;
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > 31))
    throw invalid(code, "deadlineDay", "hạn gửi phải là một ngày từ 1 đến 31");
  const lock = regime.lockAfterDays;
  if (lock !== undefined && lock !== true && (!Number.isInteger(lock) || lock < 0 || lock > 366))
    throw invalid(code, "lockAfterDays", "số ngày khóa sau hạn phải là số nguyên từ 0 đến 366");
  const unknownIndicators = regime.indicators.filter((i) => !context.isIndicator(i));
  if (unknownIndicators.length > 0)
    throw invalid(
      code,
      "indicators",
      `không có chỉ tiêu ${unknownIndicators.map((i) => `"${i}"`).join(", ")}`,
      { unknown: unknownIndicators },
    );
  const unknownUnits = regime.reportingUnits.filter((u) => !context.isUnit(u));
  if (unknownUnits.length > 0)
    throw invalid(
      code,
      "reportingUnits",
      `không có đơn vị ${unknownUnits.map((u) => `"${u}"`).join(", ")}`,
      { unknown: unknownUnits },
    );
}
