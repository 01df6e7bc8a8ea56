import type { IndicatorInput } from "./catalogue-input.ts";
import { checkAggregation } from "./check-aggregation.ts";
import { checkDisaggregations } from "./check-disaggregations.ts";
import {
  checkDirection,
  checkSector,
  checkSubGroup,
  checkValueType,
} from "./check-indicator-fields.ts";
import { checkRange } from "./check-range.ts";
import { checkDecimals, checkUnit } from "./check-unit-decimals.ts";
import type { CategorySet, Indicator, SubGroup } from "./indicator.ts";
import type { MeasureUnit } from "./measure-unit.ts";
import type { ProblemSink } from "./problems.ts";
import { checkCode, checkText, isNonEmptyString } from "./problems.ts";

/** The parts of the catalogue an indicator is checked against. */
export interface IndicatorContext {
  readonly units: readonly MeasureUnit[];
  readonly categorySets: readonly CategorySet[];
  readonly subGroups: readonly SubGroup[];
  readonly byCode: ReadonlyMap<string, IndicatorInput>;
  readonly report: ProblemSink;
}

/** Validates one indicator (at `indicators[index]`) and returns it normalised, or undefined. */
export function checkIndicator(
  input: IndicatorInput,
  index: number,
  ctx: IndicatorContext,
): Indicator | undefined {
  const path = `indicators[${index}]`;
  const tagged: ProblemSink = (p) =>
    ctx.report(typeof input.code === "string" ? { ...p, indicator: input.code } : p);
  const code = checkCode(input.code, `${path}.code`, tagged);
  const nameVi = checkText(input.nameVi, `${path}.nameVi`, tagged);
  const nameEn = checkText(input.nameEn, `${path}.nameEn`, tagged);
  const valueType = checkValueType(input.valueType, path, tagged);
  const sector = checkSector(input, path, tagged);
  const subGroup = checkSubGroup(input, path, ctx.subGroups, tagged);
  const unit = checkUnit(input, path, valueType, ctx.units, tagged);
  const aggregation = checkAggregation(input.aggregation, {
    path,
    code: input.code,
    valueType,
    derived: typeof input.formula === "string" && input.formula.trim() !== "",
    byCode: ctx.byCode,
    report: tagged,
  });
  const disaggregations = checkDisaggregations(input.disaggregations, {
    path,
    code: input.code,
    categorySets: ctx.categorySets,
    report: tagged,
  });
  const decimals = checkDecimals(input.decimals, path, valueType, tagged);
  const direction = checkDirection(input.direction, path, tagged);
  const range = checkRange(input.range, path, tagged);
  const formulaOk = input.formula === undefined || isNonEmptyString(input.formula);
  if (!formulaOk) checkText(input.formula, `${path}.formula`, tagged);
  if (
    !code ||
    !nameVi ||
    !nameEn ||
    !valueType ||
    !sector ||
    subGroup === null ||
    !unit ||
    !aggregation ||
    !disaggregations ||
    decimals === undefined ||
    !direction ||
    range === null ||
    !formulaOk
  ) {
    return undefined;
  }
  return {
    code,
    nameVi,
    nameEn,
    sector,
    ...(subGroup === undefined ? {} : { subGroup }),
    unit,
    valueType,
    aggregation,
    disaggregations,
    decimals,
    direction,
    ...(input.formula === undefined ? {} : { formula: input.formula }),
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(range === undefined ? {} : { range }),
  };
}
