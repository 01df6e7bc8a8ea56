import type { Catalogue } from "../../core/catalogue/index.ts";
import {
  REGISTER_INDICATOR_CODES,
  type RegisterData,
  registerFigures,
} from "../../core/registers/index.ts";
import { type Actor, keyString } from "../../core/values/index.ts";
import type { Repositories } from "../../store/index.ts";
import { disaggregationKey, parseDisaggregationKey } from "../disaggregation-key.ts";
import type { ValueInput } from "../value-input.ts";
import { checkValues, type WriteResult, writeChecked } from "../write-values.ts";

/** The `source` of every value the registers write; values of other sources are left alone. */
export const REGISTER_SOURCE = "register";

/**
 * Recomputes the register figures and writes them as ordinary data values in the caller's
 * transaction — audited, rolled up, unchanged ones skipped — and deletes register values that
 * no longer follow from the registers. This is how register rows reach `engine.query`.
 */
export async function syncRegisterValues(
  trx: Repositories,
  catalogue: Catalogue,
  data: RegisterData,
  context: Actor,
): Promise<WriteResult> {
  const units = [...new Set(data.projects.map((p) => p.reportingUnit))];
  const closure = await trx.closure.forUnits(units);
  const isValid = (unit: string, month: string) =>
    closure.some(
      (r) =>
        r.unitCode === unit &&
        r.ancestorCode === unit &&
        r.fromPeriod <= month &&
        month < r.toPeriod,
    );
  const figures = registerFigures(data, isValid);
  const inputs: ValueInput[] = figures.map((f) => ({
    indicator: f.indicator,
    unit: f.unit,
    period: f.period,
    disaggregation: f.disaggregation,
    value: f.value,
    status: f.status,
    source: REGISTER_SOURCE,
  }));
  const produced = new Set(
    figures.map((f) =>
      keyString({
        indicatorCode: f.indicator,
        unitCode: f.unit,
        period: f.period,
        disaggregation: disaggregationKey(f.disaggregation),
      }),
    ),
  );
  const stored = await trx.values.list({
    indicatorCodes: REGISTER_INDICATOR_CODES.filter((c) => catalogue.byCode.has(c)),
  });
  for (const value of stored) {
    if (value.source !== REGISTER_SOURCE || produced.has(keyString(value))) continue;
    inputs.push({
      indicator: value.indicatorCode,
      unit: value.unitCode,
      period: value.period,
      disaggregation: parseDisaggregationKey(value.disaggregation),
      value: null,
      delete: true,
    });
  }
  return writeChecked(trx, catalogue, checkValues(catalogue, inputs), context);
}
