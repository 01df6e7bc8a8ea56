/** Whether a figure is an estimate (ước, ước đạt) or the official figure (chính thức). */
export type ValueStatus = "estimate" | "official";

/** Both statuses with their labels; `prefixVi` is the word put before an estimated figure. */
export const VALUE_STATUSES: readonly {
  readonly status: ValueStatus;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly prefixVi: string;
}[] = [
  { status: "estimate", nameVi: "Ước", nameEn: "Estimate", prefixVi: "ước" },
  { status: "official", nameVi: "Chính thức", nameEn: "Official", prefixVi: "" },
];

/** True when `value` is a value status. */
export function isValueStatus(value: unknown): value is ValueStatus {
  return value === "estimate" || value === "official";
}

type Part = ValueStatus | { readonly status: ValueStatus };

/**
 * True when a total has at least one estimated part: such a total is itself an estimate.
 * @example isEstimateTotal(["official", "estimate"]) // true
 */
export function isEstimateTotal(parts: readonly Part[]): boolean {
  return parts.some((p) => (typeof p === "string" ? p : p.status) === "estimate");
}

/** Status of a total from the status of its parts (an empty total is official). */
export function totalStatus(parts: readonly Part[]): ValueStatus {
  return isEstimateTotal(parts) ? "estimate" : "official";
}
