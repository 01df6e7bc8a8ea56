import type { TimeAggregation } from "../core/aggregation/index.ts";
import type { Catalogue } from "../core/catalogue/index.ts";
import { isBaocaoError } from "../core/errors.ts";
import { parseFormula, type ReferenceQuery, readReference } from "../core/formula/index.ts";
import {
  formatPeriodId,
  parsePeriod,
  samePeriodLastYear,
  shiftPeriod,
} from "../core/periods/index.ts";

/** What a figure's written value is, when its expression can be run backwards. */
export type Inversion =
  | {
      readonly kind: "value";
      readonly indicator: string;
      readonly unit: string;
      readonly period: string;
      /** `set=option`, or "" for the total. */
      readonly disaggregation: string;
      /** The figure is the year to date (`ytd(x)`), not the month's own value. */
      readonly ytd: boolean;
      readonly overTime: TimeAggregation;
      /** Đồng per one of the indicator's unit (1e6 for triệu đồng), 1 when it is not money. */
      readonly dongPerUnit: number;
    }
  | {
      readonly kind: "target";
      readonly indicator: string;
      readonly unit: string;
      readonly year: number;
      readonly targetKind: string;
      readonly disaggregation: string;
      readonly dongPerUnit: number;
    }
  | { readonly kind: "check"; readonly reason: string; readonly dongPerUnit: number };

/** The context a template is read in: the report's unit and period. */
export interface InvertContext {
  readonly catalogue: Catalogue;
  readonly unit: string;
  readonly period: string;
}

/** Đồng per one of an indicator's unit, for figures written in tỷ or triệu; 1 for non-money. */
export function dongPerUnit(catalogue: Catalogue, indicator: string | undefined): number {
  const code = catalogue.byCode.get(indicator ?? "")?.unit;
  const unit = catalogue.measureUnits.find((u) => u.code === code);
  return unit?.dimension === "money" ? unit.factor : 1;
}

/** The first indicator a formula names, for the unit its money figures are written in. */
function firstIndicator(source: string, catalogue: Catalogue): string | undefined {
  return source.match(/[a-z_][a-z0-9_]*/g)?.find((name) => catalogue.byCode.has(name));
}

/**
 * Runs a figure's expression backwards: a stored indicator (optionally one option, `at` another
 * unit, `ytd`, `prev`, `last_year`) gives a value to store; `target(x, kind)` a target. Anything
 * else — ratios, sums of several indicators, growth, derived indicators — cannot be inverted
 * and becomes a check.
 */
export function invertFigure(source: string, ctx: InvertContext): Inversion {
  const money = dongPerUnit(ctx.catalogue, firstIndicator(source, ctx.catalogue));
  let tree: ReturnType<typeof parseFormula>;
  try {
    tree = parseFormula(source);
  } catch (error) {
    if (isBaocaoError(error)) return check(`biểu thức không đọc được: ${error.message}`, money);
    throw error;
  }
  const read = readReference(tree);
  if (!read.ok) return check("công thức của nhiều số liệu hoặc tỷ lệ, không suy ngược được", money);
  return queryInversion(read.query, ctx, money);
}

function check(reason: string, dongPerUnit: number): Inversion {
  return { kind: "check", reason, dongPerUnit };
}

/**
 * What a reference query names for the report's unit and period: a stored value or a target,
 * or (a check) why it names neither. Shared by inversion and by the checks' evaluation.
 */
export function queryInversion(
  query: ReferenceQuery,
  ctx: InvertContext,
  money = dongPerUnit(ctx.catalogue, query.indicator),
): Inversion {
  const indicator = ctx.catalogue.byCode.get(query.indicator);
  if (!indicator) return check(`chỉ tiêu ${query.indicator} không có trong danh mục`, money);
  if (query.selectors.length > 1)
    return check("nhiều hơn một phân tổ, không suy ngược được", money);
  let disaggregation = "";
  const selector = query.selectors[0];
  if (selector) {
    const set =
      selector.category ??
      indicator.disaggregations.find((d) => d.options.includes(selector.option))?.set;
    if (!set) return check(`không rõ phân tổ của ${selector.option}`, money);
    disaggregation = `${set}=${selector.option}`;
  }
  let period = shiftPeriod(parsePeriod(ctx.period), query.period.offset);
  for (let y = query.period.yearOffset; y < 0; y++) period = samePeriodLastYear(period);
  const unit = query.unit ?? ctx.unit;
  const dong = dongPerUnit(ctx.catalogue, indicator.code);
  if (query.target !== null)
    return {
      kind: "target",
      indicator: indicator.code,
      unit,
      year: period.year,
      targetKind: query.target,
      disaggregation,
      dongPerUnit: dong,
    };
  // A derived indicator's targets are stored (they are given), its values are computed; so is
  // the total of an indicator whose options add up to it (import refuses such a total).
  if (indicator.formula) return check(`chỉ tiêu ${query.indicator} được tính từ công thức`, money);
  const summed = indicator.disaggregations.find((d) => d.totalRule === "sum");
  if (disaggregation === "" && summed)
    return check(`số tổng của ${query.indicator} là tổng các phân tổ ${summed.set}`, money);
  return {
    kind: "value",
    indicator: indicator.code,
    unit,
    period: formatPeriodId(period),
    disaggregation,
    ytd: query.period.ytd,
    overTime: indicator.aggregation.overTime,
    dongPerUnit: dong,
  };
}

/** One string per stored value or target, to gather what several figures say about it. */
export function inversionKey(inversion: Inversion): string | undefined {
  if (inversion.kind === "value")
    return `value|${inversion.indicator}|${inversion.unit}|${inversion.period}|${inversion.disaggregation}|${inversion.ytd ? "ytd" : ""}`;
  if (inversion.kind === "target")
    return `target|${inversion.indicator}|${inversion.unit}|${inversion.year}|${inversion.disaggregation}|${inversion.targetKind}`;
  return undefined;
}
