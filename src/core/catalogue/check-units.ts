import type { MeasureUnit } from "./measure-unit.ts";
import { measureUnits } from "./measure-units.ts";
import type { ProblemSink } from "./problems.ts";
import { checkCode, checkDuplicates, checkText } from "./problems.ts";

/** Validates a catalogue's extra units and returns the full unit table (built-in + valid extras). */
export function checkUnits(
  extras: readonly MeasureUnit[] | undefined,
  report: ProblemSink,
): readonly MeasureUnit[] {
  const list = extras ?? [];
  const valid: MeasureUnit[] = [];
  list.forEach((unit, i) => {
    const path = `extraUnits[${i}]`;
    const code = checkCode(unit.code, `${path}.code`, report);
    const symbol = typeof unit.symbol === "string" ? unit.symbol : undefined;
    if (symbol === undefined) checkText(unit.symbol, `${path}.symbol`, report);
    const nameEn = checkText(unit.nameEn, `${path}.nameEn`, report);
    const dimension = checkText(unit.dimension, `${path}.dimension`, report);
    const factorOk =
      typeof unit.factor === "number" && Number.isFinite(unit.factor) && unit.factor > 0;
    if (!factorOk) {
      report({
        path: `${path}.factor`,
        code: "catalogue.invalid_factor",
        expected: "một số dương hữu hạn (số đơn vị cơ sở trong một đơn vị này)",
        received: unit.factor,
        message: `Hệ số quy đổi của đơn vị "${String(unit.code)}" phải là số dương.`,
      });
    }
    if (code && symbol !== undefined && nameEn && dimension && factorOk) {
      valid.push({ code, symbol, nameEn, dimension, factor: unit.factor });
    }
  });
  const codes = [...measureUnits.map((u) => u.code), ...list.map((u) => u.code)];
  checkDuplicates(
    codes,
    (i) =>
      i < measureUnits.length
        ? `measureUnits[${i}]`
        : `extraUnits[${i - measureUnits.length}].code`,
    "đơn vị tính",
    report,
  );
  return [...measureUnits, ...valid];
}
