/**
 * The kinds of target a figure is measured against. One indicator, unit and year can have several
 * at once: the report compares insurance coverage with both "chỉ tiêu UBND tỉnh giao" and
 * "chỉ tiêu Nghị quyết thị xã giao".
 */
export type TargetKind = "plan" | "assigned" | "resolution" | "commitment";

/** A target kind with its labels. `phraseVi` is how the report names it after "so với". */
export interface TargetKindInfo {
  readonly kind: TargetKind;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly phraseVi: string;
}

/** All target kinds with their labels. */
export const TARGET_KINDS: readonly TargetKindInfo[] = [
  { kind: "plan", nameVi: "Kế hoạch năm", nameEn: "Annual plan", phraseVi: "kế hoạch" },
  {
    kind: "assigned",
    nameVi: "Chỉ tiêu tỉnh giao",
    nameEn: "Target assigned by the province",
    phraseVi: "chỉ tiêu UBND tỉnh giao",
  },
  {
    kind: "resolution",
    nameVi: "Chỉ tiêu Nghị quyết",
    nameEn: "Resolution target",
    phraseVi: "chỉ tiêu Nghị quyết",
  },
  {
    kind: "commitment",
    nameVi: "Cam kết giải ngân",
    nameEn: "Disbursement commitment",
    phraseVi: "cam kết giải ngân",
  },
];

/** True when `value` is a target kind. */
export function isTargetKind(value: unknown): value is TargetKind {
  return TARGET_KINDS.some((k) => k.kind === value);
}

/** The labels of a target kind. */
export function targetKindInfo(kind: TargetKind): TargetKindInfo {
  const info = TARGET_KINDS.find((k) => k.kind === kind);
  // The list covers the union; the fallback only satisfies the type checker.
  return info ?? { kind, nameVi: kind, nameEn: kind, phraseVi: kind };
}
