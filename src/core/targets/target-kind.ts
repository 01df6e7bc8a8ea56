/**
 * A target kind is data, not a fixed list: each People's Committee names the sources it measures
 * against ("chỉ tiêu tỉnh giao", "dự toán HĐND xã giao", "Nghị quyết", "cam kết giải ngân"…).
 * One indicator, unit and year can have several at once: the report compares insurance coverage
 * with both "chỉ tiêu UBND tỉnh giao" and "chỉ tiêu Nghị quyết thị xã giao". A kind is named by
 * its code (`plan`, `du_toan_hdnd`), checked against the stored list.
 */
export type TargetKind = string;

/** A target kind with its labels. `phraseVi` is how the report names it after "so với". */
export interface TargetKindInfo {
  readonly code: TargetKind;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly phraseVi: string;
  readonly description?: string;
}

/**
 * The four kinds every database starts with (seeded by the target-kinds migration), so the
 * templates, datasets and formulas written before kinds were data keep working.
 */
export const SEED_TARGET_KINDS: readonly TargetKindInfo[] = [
  { code: "plan", nameVi: "Kế hoạch năm", nameEn: "Annual plan", phraseVi: "kế hoạch" },
  {
    code: "assigned",
    nameVi: "Chỉ tiêu tỉnh giao",
    nameEn: "Target assigned by the province",
    phraseVi: "chỉ tiêu UBND tỉnh giao",
  },
  {
    code: "resolution",
    nameVi: "Chỉ tiêu Nghị quyết",
    nameEn: "Resolution target",
    phraseVi: "chỉ tiêu Nghị quyết",
  },
  {
    code: "commitment",
    nameVi: "Cam kết giải ngân",
    nameEn: "Disbursement commitment",
    phraseVi: "cam kết giải ngân",
  },
];

/** True when `value` is the code of one of `kinds` (default: the seeded four). */
export function isTargetKind(
  value: unknown,
  kinds: readonly TargetKindInfo[] = SEED_TARGET_KINDS,
): value is TargetKind {
  return kinds.some((k) => k.code === value);
}

/** The labels of a kind; an unknown code is its own label (a kind removed since). */
export function targetKindInfo(
  code: TargetKind,
  kinds: readonly TargetKindInfo[] = SEED_TARGET_KINDS,
): TargetKindInfo {
  return kinds.find((k) => k.code === code) ?? { code, nameVi: code, nameEn: code, phraseVi: code };
}
