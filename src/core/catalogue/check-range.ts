import type { IndicatorInput } from "./catalogue-input.ts";
import type { ValueRange } from "./indicator.ts";
import type { ProblemSink } from "./problems.ts";

/** Checks `range`: finite numbers or null, min not above max; null when it is wrong. */
export function checkRange(
  value: IndicatorInput["range"],
  path: string,
  report: ProblemSink,
): ValueRange | undefined | null {
  if (value === undefined) return undefined;
  const bound = (b: unknown) => b === undefined || b === null || Number.isFinite(b);
  if (typeof value !== "object" || value === null || !bound(value.min) || !bound(value.max)) {
    report({
      path: `${path}.range`,
      code: "catalogue.invalid_range",
      expected: "{ min: số, max: số } (mỗi cận có thể bỏ trống)",
      received: value,
      message: "Khoảng giá trị hợp lý phải có dạng { min: số, max: số }.",
    });
    return null;
  }
  const { min, max } = value;
  if (typeof min === "number" && typeof max === "number" && min > max) {
    report({
      path: `${path}.range`,
      code: "catalogue.invalid_range",
      expected: "min không lớn hơn max",
      received: value,
      message: `Khoảng giá trị hợp lý sai: cận dưới ${min} lớn hơn cận trên ${max}.`,
    });
    return null;
  }
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}
