import { UNIT_RULES } from "../core/aggregation/index.ts";
import type { Indicator } from "../core/catalogue/index.ts";
import { BaocaoError } from "../core/errors.ts";
import { type DataValueRecord, keyString } from "../core/values/index.ts";
import type { ClosureRow, Repositories } from "../store/index.ts";
import type { CheckedInput } from "./value-input.ts";

/**
 * What a batch reads before it writes: the stored values it touches (with the weights and
 * weighted values that depend on them), the last audited version of keys without a stored value,
 * and the ancestry of its units. Three queries for the whole batch.
 */
export class BatchReads {
  /** Stored values by `keyString`; the writer keeps it current for the values it re-reads. */
  readonly stored = new Map<string, DataValueRecord>();
  /** Newest audited version of keys with no stored value (new or deleted ones). */
  readonly versions = new Map<string, number>();
  private readonly closure = new Map<string, ClosureRow[]>();
  /** Ancestors by unit and month: every value of a unit in a month shares the same list. */
  private readonly ancestry = new Map<string, string[]>();

  constructor(
    private readonly repos: Repositories,
    private readonly weightedBy: ReadonlyMap<string, readonly Indicator[]>,
  ) {}

  /** Reads for `checked`, whose keys (by `keyString`) are `keys`. */
  async load(checked: readonly CheckedInput[], keys: readonly string[]): Promise<void> {
    const units = new Set<string>();
    const periods = new Set<string>();
    const indicators = new Set<string>();
    for (const c of checked) {
      units.add(c.key.unitCode);
      periods.add(c.key.period);
      indicators.add(c.indicator.code);
      const weight = c.indicator.aggregation.overUnits.weight;
      if (weight !== undefined) indicators.add(weight);
      for (const dependent of this.weightedBy.get(c.indicator.code) ?? [])
        indicators.add(dependent.code);
    }
    const raw = this.repos.values;
    const filter = {
      unitCodes: [...units],
      periods: [...periods],
      indicatorCodes: [...indicators],
    };
    for (const record of await raw.list(filter)) this.stored.set(keyString(record), record);
    // A stored value carries its version; only keys without one (new or deleted) need the audit trail.
    const absentUnits = new Set<string>();
    const absentPeriods = new Set<string>();
    const absentIndicators = new Set<string>();
    checked.forEach((c, i) => {
      if (this.stored.has(keys[i] as string)) return;
      absentUnits.add(c.key.unitCode);
      absentPeriods.add(c.key.period);
      absentIndicators.add(c.key.indicatorCode);
    });
    if (absentUnits.size > 0) {
      const narrowed = {
        unitCodes: [...absentUnits],
        periods: [...absentPeriods],
        indicatorCodes: [...absentIndicators],
      };
      const audit = this.repos.valueAudit;
      for (const [k, v] of await audit.latestVersions(narrowed)) this.versions.set(k, v);
    }
    for (const row of await this.repos.closure.forUnits([...units])) {
      const rows = this.closure.get(row.unitCode);
      if (rows) rows.push(row);
      else this.closure.set(row.unitCode, [row]);
    }
  }

  /**
   * The units a value counts towards in its month: itself, then its ancestors of that month
   * (only itself when the indicator's rule does not cross units).
   */
  ancestorsOf(item: CheckedInput): readonly string[] {
    const { unitCode, period } = item.key;
    const k = `${unitCode}\u0000${period}`;
    let codes = this.ancestry.get(k);
    if (!codes) {
      codes = this.lookUp(unitCode, period);
      this.ancestry.set(k, codes);
    }
    return UNIT_RULES[item.indicator.aggregation.overUnits.kind].overUnits
      ? codes
      : codes.slice(0, 1);
  }

  private lookUp(unitCode: string, period: string): string[] {
    const rows = this.closure.get(unitCode);
    if (!rows) {
      throw new BaocaoError("value.unknown_unit", `Không có đơn vị mã "${unitCode}".`, {
        field: "unit",
        unit: unitCode,
      });
    }
    const inMonth = rows
      .filter((r) => r.fromPeriod <= period && period < r.toPeriod)
      .sort((a, b) => a.depth - b.depth);
    if (inMonth.length === 0) {
      throw new BaocaoError(
        "value.unit_not_valid",
        `Đơn vị "${unitCode}" không tồn tại trong tháng ${period} (chưa thành lập hoặc đã sáp nhập, giải thể).`,
        {
          field: "unit",
          unit: unitCode,
          period,
        },
      );
    }
    return inMonth.map((r) => r.ancestorCode);
  }
}
