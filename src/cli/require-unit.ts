import { BaocaoError } from "../core/errors.ts";
import type { Engine } from "../engine/index.ts";

/**
 * Refuses a unit code the database has never had (`units.unknown_unit`), so that a typo gives an
 * error naming it instead of an empty list or a report of dashes.
 */
export function requireUnit(engine: Engine, code: string): void {
  if (engine.units.nameOf(code) === undefined) {
    throw new BaocaoError(
      "units.unknown_unit",
      `Không có đơn vị mã "${code}" (xem danh sách mã bằng lệnh baocao units).`,
      { unit: code },
    );
  }
}
