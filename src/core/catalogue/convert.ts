import { BaocaoError } from "../errors.ts";
import { getMeasureUnit } from "./find-measure-unit.ts";
import type { MeasureUnit } from "./measure-unit.ts";
import { measureUnits } from "./measure-units.ts";

/**
 * Converts a value between two units of the same dimension; throws `catalogue.incompatible_units`
 * across dimensions (tấn → ha) and `catalogue.unknown_unit` for an unknown code.
 * @example convert(25, "ty_dong", "trieu_dong") // 25000
 */
export function convert(
  value: number,
  from: string,
  to: string,
  units: readonly MeasureUnit[] = measureUnits,
): number {
  const source = getMeasureUnit(from, units);
  const target = getMeasureUnit(to, units);
  if (source.dimension !== target.dimension) {
    throw new BaocaoError(
      "catalogue.incompatible_units",
      `Không thể đổi "${source.symbol || source.code}" sang "${target.symbol || target.code}": hai đơn vị tính khác loại.`,
      { from, to, fromDimension: source.dimension, toDimension: target.dimension },
    );
  }
  // Multiply by the larger-over-smaller ratio or divide by it: with power-of-ten factors the
  // ratio is an exact integer, which keeps 25,465 tỷ → 25465 triệu free of float noise.
  return source.factor >= target.factor
    ? value * (source.factor / target.factor)
    : value / (target.factor / source.factor);
}
