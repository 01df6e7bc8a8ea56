import { BaocaoError } from "../errors.ts";
import { formatDateVi } from "../time/index.ts";
import { deepFreeze } from "./freeze.ts";
import type { UnitMapping } from "./mapping-types.ts";

/** A figure reported by one unit (its own value, not a roll-up of its children). */
export interface ReportedValue {
  readonly unit: string;
  readonly value: number;
}

/** The part of a source's value that went into a target: `value` = source value × `weight`. */
export interface Contribution {
  readonly from: string;
  readonly weight: number;
  readonly value: number;
}

/** A value on the target date, with the source values it was made of. */
export interface ComputedValue {
  readonly unit: string;
  readonly computable: true;
  readonly value: number;
  readonly contributions: readonly Contribution[];
  /** Sources of the mapping that reported no value: the total is short of them. */
  readonly missing: readonly string[];
  /** Backward only: old units whose values did not survive to the later date. */
  readonly notCarried: readonly string[];
}

/** A target the data cannot be split back onto: flagged instead of guessed. */
export interface UncomputableValue {
  readonly unit: string;
  readonly computable: false;
  readonly value: null;
  readonly related: readonly string[];
  readonly reason: string;
}

/** One remapped value. */
export type RemappedValue = ComputedValue | UncomputableValue;

/** The values on the target date, and the values that had nowhere to go. */
export interface RemapResult {
  /** Targets that received at least one value (or, if blocked, that have values they could use). */
  readonly values: readonly RemappedValue[];
  /** Forward only: values (or parts) of dissolved units, which no target received. */
  readonly unmapped: readonly Contribution[];
}

function readValues(values: readonly ReportedValue[], mapping: UnitMapping): Map<string, number> {
  const accepted = new Set(mapping.sourceUnits);
  const byUnit = new Map<string, number>();
  values.forEach(({ unit, value }, position) => {
    const details = { unit, position, date: mapping.fromDate };
    if (!accepted.has(unit)) {
      const message = `Số liệu của đơn vị "${unit}" không dùng được: đơn vị này không có hiệu lực vào ngày ${formatDateVi(mapping.fromDate)}.`;
      throw new BaocaoError("units.value_unit_not_valid", message, details);
    }
    if (byUnit.has(unit)) {
      const message = `Đơn vị "${unit}" có hai số liệu cho cùng ngày ${formatDateVi(mapping.fromDate)}; chỉ được có một.`;
      throw new BaocaoError("units.duplicate_value", message, details);
    }
    if (!Number.isFinite(value)) {
      const message = `Số liệu của đơn vị "${unit}" không phải là số hợp lệ (${value}).`;
      throw new BaocaoError("units.invalid_value", message, { ...details, value });
    }
    byUnit.set(unit, value);
  });
  return byUnit;
}

/**
 * Moves values reported on the mapping's start date onto the units of its end date. Pure.
 * Example: `remapValues([{ unit: "PHUONG_1", value: 10 }], mapping)` gives Phường Ngã Năm 10 with
 * the contribution `{ from: "PHUONG_1", weight: 1, value: 10 }`.
 */
export function remapValues(values: readonly ReportedValue[], mapping: UnitMapping): RemapResult {
  const byUnit = readValues(values, mapping);
  const result: RemappedValue[] = [];
  for (const target of mapping.targets) {
    if (!target.computable) {
      if (target.related.some((unit) => byUnit.has(unit))) {
        const { unit, related, reason } = target;
        result.push({ unit, computable: false, value: null, related, reason });
      }
      continue;
    }
    const contributions: Contribution[] = [];
    const missing: string[] = [];
    for (const source of target.sources) {
      const value = byUnit.get(source.unit);
      if (value === undefined) missing.push(source.unit);
      else
        contributions.push({
          from: source.unit,
          weight: source.weight,
          value: value * source.weight,
        });
    }
    if (contributions.length === 0) continue;
    const value = contributions.reduce((sum, part) => sum + part.value, 0);
    result.push({
      unit: target.unit,
      computable: true,
      value,
      contributions,
      missing,
      notCarried: target.notCarried,
    });
  }
  const unmapped: Contribution[] = [];
  for (const lost of mapping.unmapped) {
    const value = byUnit.get(lost.unit);
    if (value !== undefined)
      unmapped.push({ from: lost.unit, weight: lost.weight, value: value * lost.weight });
  }
  return deepFreeze({ values: result, unmapped });
}
