import {
  TIME_AGGREGATIONS,
  TIME_RULES,
  type TimeAggregation,
  UNIT_AGGREGATION_KINDS,
  UNIT_RULES,
  type UnitAggregationKind,
} from "../aggregation/index.ts";
import type { IndicatorInput, UnitAggregationInput } from "./catalogue-input.ts";
import type { Aggregation, UnitAggregation, ValueType } from "./indicator.ts";
import { VALUE_TYPES } from "./indicator.ts";
import type { ProblemSink } from "./problems.ts";

/**
 * Which rules make sense for each value type, as the rules themselves say: percentages are never
 * summed (56% + 40% is not a figure); text only carries forward; yes/no can take the latest or
 * "any" (max).
 */
export const ALLOWED_AGGREGATIONS: Readonly<
  Record<
    ValueType,
    {
      readonly overTime: readonly TimeAggregation[];
      readonly overUnits: readonly UnitAggregationKind[];
    }
  >
> = Object.fromEntries(
  VALUE_TYPES.map((type) => [
    type,
    {
      overTime: TIME_AGGREGATIONS.filter((k) =>
        (TIME_RULES[k].valueTypes as readonly ValueType[]).includes(type),
      ),
      overUnits: UNIT_AGGREGATION_KINDS.filter((k) =>
        (UNIT_RULES[k].valueTypes as readonly ValueType[]).includes(type),
      ),
    },
  ]),
) as Record<ValueType, { overTime: TimeAggregation[]; overUnits: UnitAggregationKind[] }>;

/** What the aggregation check needs to know about the indicator and its neighbours. */
export interface AggregationContext {
  readonly path: string;
  readonly code: string | undefined;
  /** Undefined when the value type itself is invalid: compatibility is then not checked. */
  readonly valueType: ValueType | undefined;
  /** True for derived indicators: they are computed by their formula, never aggregated. */
  readonly derived: boolean;
  /** All indicators of the catalogue by code, to resolve a weight indicator. */
  readonly byCode: ReadonlyMap<string, IndicatorInput>;
  readonly report: ProblemSink;
}

/** Validates and normalises an indicator's aggregation rules. */
export function checkAggregation(
  input: IndicatorInput["aggregation"],
  ctx: AggregationContext,
): Aggregation | undefined {
  const textual = ctx.valueType === "text" || ctx.valueType === "boolean";
  const indicator = ctx.code === undefined ? {} : { indicator: ctx.code };
  // Text, yes/no and derived indicators (computed from their parts' totals) need no rule.
  if (input === undefined && (textual || ctx.derived))
    return { overTime: "none", overUnits: { kind: "none" } };
  const overTime = checkOverTime(input?.overTime, ctx, indicator);
  const overUnits = checkOverUnits(input?.overUnits, ctx, indicator);
  return overTime && overUnits ? { overTime, overUnits } : undefined;
}

type IndicatorTag = { indicator?: string };

function checkOverTime(
  value: unknown,
  ctx: AggregationContext,
  tag: IndicatorTag,
): TimeAggregation | undefined {
  const path = `${ctx.path}.aggregation.overTime`;
  if (!(TIME_AGGREGATIONS as readonly unknown[]).includes(value)) {
    ctx.report({
      path,
      code: value === undefined ? "catalogue.missing_aggregation" : "catalogue.invalid_aggregation",
      ...tag,
      expected: TIME_AGGREGATIONS.join(" | "),
      received: value,
      message:
        value === undefined
          ? `Chỉ tiêu "${ctx.code}" chưa khai báo cách cộng dồn theo thời gian (sum cho số phát sinh, last cho số dư…).`
          : `Cách cộng dồn theo thời gian "${String(value)}" không hợp lệ.`,
    });
    return undefined;
  }
  const rule = value as TimeAggregation;
  return compatible(rule, ctx, "overTime", path, tag) ? rule : undefined;
}

function checkOverUnits(
  value: UnitAggregationInput | undefined,
  ctx: AggregationContext,
  tag: IndicatorTag,
): UnitAggregation | undefined {
  const path = `${ctx.path}.aggregation.overUnits`;
  const kind = typeof value === "object" && value !== null ? value.kind : value;
  if (!(UNIT_AGGREGATION_KINDS as readonly unknown[]).includes(kind)) {
    ctx.report({
      path: typeof value === "object" ? `${path}.kind` : path,
      code: kind === undefined ? "catalogue.missing_aggregation" : "catalogue.invalid_aggregation",
      ...tag,
      expected: UNIT_AGGREGATION_KINDS.join(" | "),
      received: kind,
      message:
        kind === undefined
          ? `Chỉ tiêu "${ctx.code}" chưa khai báo cách tổng hợp từ các đơn vị (${UNIT_AGGREGATION_KINDS.join(", ")}).`
          : `Cách tổng hợp từ các đơn vị "${String(kind)}" không hợp lệ.`,
    });
    return undefined;
  }
  const rule = kind as UnitAggregationKind;
  if (!compatible(rule, ctx, "overUnits", path, tag)) return undefined;
  if (!UNIT_RULES[rule].weighted) return { kind: rule };
  const weight = typeof value === "object" && value !== null ? value.weight : undefined;
  return checkWeight(rule, weight, ctx, `${path}.weight`, tag);
}

function compatible(
  rule: string,
  ctx: AggregationContext,
  axis: "overTime" | "overUnits",
  path: string,
  tag: IndicatorTag,
): boolean {
  if (ctx.valueType === undefined) return true;
  const allowed: readonly string[] = ALLOWED_AGGREGATIONS[ctx.valueType][axis];
  if (allowed.includes(rule)) return true;
  ctx.report({
    path,
    code: "catalogue.incompatible_aggregation",
    ...tag,
    expected: allowed.join(" | "),
    received: rule,
    message: `Chỉ tiêu "${ctx.code}" kiểu ${ctx.valueType} không thể tổng hợp bằng "${rule}"; dùng một trong: ${allowed.join(", ")}.`,
  });
  return false;
}

function checkWeight(
  kind: UnitAggregationKind,
  weight: unknown,
  ctx: AggregationContext,
  path: string,
  tag: IndicatorTag,
): UnitAggregation | undefined {
  const target = typeof weight === "string" ? ctx.byCode.get(weight) : undefined;
  const numeric = target?.valueType === "number" || target?.valueType === "integer";
  if (typeof weight === "string" && weight !== ctx.code && target !== undefined && numeric) {
    return { kind, weight };
  }
  const missing = weight === undefined || weight === "";
  const reason = missing
    ? "chưa khai báo chỉ tiêu quyền số"
    : weight === ctx.code
      ? "chỉ tiêu không thể là quyền số của chính nó"
      : target === undefined
        ? `không có chỉ tiêu quyền số "${String(weight)}"`
        : `chỉ tiêu quyền số "${String(weight)}" phải là số (number hoặc integer)`;
  ctx.report({
    path,
    code: missing ? "catalogue.missing_weight" : "catalogue.invalid_weight",
    ...tag,
    expected: "mã một chỉ tiêu số khác trong danh mục, dùng làm quyền số",
    received: weight,
    message: `Bình quân gia quyền của chỉ tiêu "${ctx.code}": ${reason}.`,
  });
  return undefined;
}
