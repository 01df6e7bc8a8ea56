import { BaocaoError } from "../errors.ts";
import type { MeasureUnit } from "./measure-unit.ts";
import { measureUnits } from "./measure-units.ts";

/** The unit with this code, or undefined. `units` defaults to the built-in table. */
export function findMeasureUnit(
  code: string,
  units: readonly MeasureUnit[] = measureUnits,
): MeasureUnit | undefined {
  return units.find((u) => u.code === code);
}

/** The unit with this code; throws `catalogue.unknown_unit` when there is none. */
export function getMeasureUnit(
  code: string,
  units: readonly MeasureUnit[] = measureUnits,
): MeasureUnit {
  const unit = findMeasureUnit(code, units);
  if (unit === undefined) {
    throw new BaocaoError("catalogue.unknown_unit", `Không có đơn vị tính "${code}".`, {
      unit: code,
    });
  }
  return unit;
}

/**
 * The unit written this way in a report, ignoring case and extra spaces.
 * @example findMeasureUnitBySymbol("Triệu  đồng")?.code // "trieu_dong"
 */
export function findMeasureUnitBySymbol(
  symbol: string,
  units: readonly MeasureUnit[] = measureUnits,
): MeasureUnit | undefined {
  const wanted = normaliseSymbol(symbol);
  return units.find((u) => u.symbol !== "" && normaliseSymbol(u.symbol) === wanted);
}

function normaliseSymbol(s: string): string {
  return s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}
