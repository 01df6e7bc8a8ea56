/**
 * Seeded synthetic data for the benchmark: a unit tree, a catalogue, plan targets for the root and
 * a value for every reporting unit × stored indicator × month, produced batch by batch so that the
 * largest scale never sits in memory. The same seed always gives the same units, catalogue,
 * targets and values (each batch has its own seed, so batches can be regenerated in any order).
 */
import type { CatalogueInput, IndicatorInput } from "../src/core/catalogue/index.ts";
import type { Target } from "../src/core/targets/index.ts";
import type { OrgUnit } from "../src/core/units/index.ts";
import type { ValueInput } from "../src/engine/index.ts";
import type { Scale } from "./args.ts";

/** A tiny seeded PRNG (mulberry32): uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes several integers into one 32-bit seed. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return h >>> 0;
}

/** What one scale contains. */
export interface ScaleSpec {
  readonly scale: Scale;
  readonly description: string;
  /** Groups of reporting units under the root (S: one town; M: one province; L: 34 provinces). */
  readonly groups: number;
  /** Communes and wards in all. */
  readonly communes: number;
  /** Agencies (departments) reporting directly to the root. */
  readonly agencies: number;
  readonly indicators: number;
  readonly months: number;
}

/** The three scales of the issue. */
export const SCALES: Readonly<Record<Scale, ScaleSpec>> = {
  S: {
    scale: "S",
    description: "one town, 8 communes and wards, 15 agencies, 200 indicators, 60 months",
    groups: 1,
    communes: 8,
    agencies: 15,
    indicators: 200,
    months: 60,
  },
  M: {
    scale: "M",
    description: "one province, 100 communes, 300 indicators, 60 months",
    groups: 1,
    communes: 100,
    agencies: 0,
    indicators: 300,
    months: 60,
  },
  L: {
    scale: "L",
    description: "34 provinces, 3,321 communes, 300 indicators, 36 months",
    groups: 34,
    communes: 3321,
    agencies: 0,
    indicators: 300,
    months: 36,
  },
};

/** The last month of every scale: reports are asked for the months of its year. */
export const LAST_MONTH = "2025-12";

/** The unit tree, the root asked about, and the reporting units of each group (one batch each). */
export interface GeneratedUnits {
  readonly units: OrgUnit[];
  readonly root: string;
  /** Reporting units (leaves) of each group, in order. */
  readonly groups: readonly (readonly string[])[];
  /** Every reporting unit. */
  readonly reporting: readonly string[];
}

const VALID_FROM = "2000-01-01";

/**
 * S: a town (cấp huyện, under a province since a district cannot be a root) holding 8
 * communes/wards and 15 agencies; the report is the town's. M: a province holding 100
 * communes. L: a national root holding 34 provinces holding 3,321 communes. The unit model lets no
 * unit stand above a province (`province` has no allowed parent kind), so at L the national root
 * is a `province`-kind unit and the 34 provinces are `district`-kind units: the same three-level
 * tree (each commune counts towards itself, its province and the root) under other labels.
 */
export function generateUnits(spec: ScaleSpec, seed: number): GeneratedUnits {
  const units: OrgUnit[] = [];
  const unit = (code: string, nameVi: string, kind: OrgUnit["kind"], parent: string | null) =>
    units.push({
      code,
      nameVi,
      nameEn: nameVi,
      kind,
      parent,
      validFrom: VALID_FROM,
      validTo: null,
    });
  if (spec.scale === "S") {
    unit("T00", "Tỉnh", "province", null);
    unit("TX", "Thị xã mẫu", "district", "T00");
    const reporting: string[] = [];
    for (let c = 1; c <= spec.communes; c++) {
      const code = `X${pad(c, 2)}`;
      unit(code, `${c <= 4 ? "Phường" : "Xã"} ${c}`, "commune", "TX");
      reporting.push(code);
    }
    for (let a = 1; a <= spec.agencies; a++) {
      const code = `CQ${pad(a, 2)}`;
      unit(code, `Phòng chuyên môn ${a}`, "agency", "TX");
      reporting.push(code);
    }
    return { units, root: "TX", groups: [reporting], reporting };
  }
  if (spec.scale === "M") {
    unit("T01", "Tỉnh mẫu", "province", null);
    const reporting: string[] = [];
    for (let c = 1; c <= spec.communes; c++) {
      const code = `X${pad(c, 3)}`;
      unit(code, `Xã ${c}`, "commune", "T01");
      reporting.push(code);
    }
    return { units, root: "T01", groups: [reporting], reporting };
  }
  unit("VN", "Cả nước", "province", null);
  const sizes = groupSizes(spec.groups, spec.communes, mulberry32(mixSeed(seed, 1)));
  const groups: string[][] = [];
  for (const [g, size] of sizes.entries()) {
    const province = `P${pad(g + 1, 2)}`;
    unit(province, `Tỉnh ${g + 1}`, "district", "VN");
    const members: string[] = [];
    for (let c = 1; c <= size; c++) {
      const code = `${province}X${pad(c, 3)}`;
      unit(code, `Xã ${c} tỉnh ${g + 1}`, "commune", province);
      members.push(code);
    }
    groups.push(members);
  }
  return { units, root: "VN", groups, reporting: groups.flat() };
}

/** Splits `total` into `n` uneven whole parts (between about half and one and a half times the mean). */
function groupSizes(n: number, total: number, rng: () => number): number[] {
  const weights = Array.from({ length: n }, () => 0.5 + rng());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) sizes[i] = (sizes[i] as number) + 1;
  return sizes;
}

/** How a generated indicator behaves. */
export type IndicatorKind = "flow" | "stock" | "average" | "derived";

/** One generated indicator: its definition and what drives its synthetic values. */
export interface GeneratedIndicator {
  readonly input: IndicatorInput;
  readonly kind: IndicatorKind;
  /** Typical value of one reporting unit in one month (stored indicators). */
  readonly base: number;
}

/** The catalogue, its indicators with their kinds, and the stored ones (the ones that get values). */
export interface GeneratedCatalogue {
  readonly input: CatalogueInput;
  readonly indicators: readonly GeneratedIndicator[];
  readonly stored: readonly GeneratedIndicator[];
}

const SECTORS = [
  "economy",
  "culture_society",
  "defence_security",
  "inspection_justice_government",
] as const;

/**
 * `n` indicators: about 3% derived (a ratio of two flows in percent, or the sum of two flows),
 * about 3% averages (average over units and over months, like a price), about a quarter stocks
 * (last over time, summed over units, like loans outstanding) and the rest flows (summed both ways).
 */
export function generateCatalogue(n: number, seed: number): GeneratedCatalogue {
  const rng = mulberry32(mixSeed(seed, 2));
  const derivedCount = Math.max(2, Math.round(n * 0.03));
  const averageCount = Math.max(2, Math.round(n * 0.03));
  const indicators: GeneratedIndicator[] = [];
  const flows: string[] = [];
  for (let i = 1; i <= n; i++) {
    const code = `i${pad(i, 3)}`;
    const sector = SECTORS[i % SECTORS.length] as string;
    const names = { code, nameVi: `Chỉ tiêu ${i}`, nameEn: `Indicator ${i}`, sector };
    const k = kindAt(i, n, derivedCount, averageCount);
    if (k === "derived") {
      const a = flows[Math.floor(rng() * flows.length)] as string;
      let b = flows[Math.floor(rng() * flows.length)] as string;
      if (b === a) b = flows[(flows.indexOf(a) + 1) % flows.length] as string;
      const ratio = i % 2 === 0;
      indicators.push({
        kind: "derived",
        base: 0,
        input: ratio
          ? {
              ...names,
              unit: "percent",
              valueType: "percent",
              decimals: 2,
              formula: `${a} / ${b} * 100`,
            }
          : { ...names, unit: "trieu_dong", valueType: "number", formula: `${a} + ${b}` },
      });
      continue;
    }
    const base = Math.round(10 ** (1 + rng() * 4));
    if (k === "flow") flows.push(code);
    const aggregation =
      k === "flow"
        ? { overTime: "sum", overUnits: "sum" }
        : k === "stock"
          ? { overTime: "last", overUnits: "sum" }
          : { overTime: "average", overUnits: "average" };
    const unit = k === "flow" ? "trieu_dong" : k === "stock" ? "ha" : "dong";
    indicators.push({
      kind: k,
      base,
      input: { ...names, unit, valueType: "number", aggregation, decimals: 0 },
    });
  }
  return {
    input: { indicators: indicators.map((i) => i.input) },
    indicators,
    stored: indicators.filter((i) => i.kind !== "derived"),
  };
}

/** Derived indicators last (the flows they read come first); averages spread evenly; every fourth a stock. */
function kindAt(i: number, n: number, derived: number, averages: number): IndicatorKind {
  if (i > n - derived) return "derived";
  const step = Math.floor((n - derived) / averages);
  if (i % step === 0 && i / step <= averages) return "average";
  return i % 4 === 1 ? "stock" : "flow";
}

/** The months of a scale, oldest first, ending with `LAST_MONTH`. */
export function monthList(count: number): string[] {
  const [lastYear, lastMonth] = LAST_MONTH.split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const index = lastYear * 12 + (lastMonth - 1) - k;
    months.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}`);
  }
  return months;
}

/** Plan targets of the root: every indicator, every year of the data, about a year's worth. */
export function generateTargets(
  root: string,
  catalogue: GeneratedCatalogue,
  reportingUnits: number,
  years: readonly number[],
  seed: number,
): Target[] {
  const rng = mulberry32(mixSeed(seed, 3));
  return years.flatMap((year) =>
    catalogue.indicators.map((indicator) => {
      const yearly =
        indicator.kind === "flow"
          ? indicator.base * reportingUnits * 12
          : indicator.kind === "stock"
            ? indicator.base * reportingUnits
            : indicator.kind === "average"
              ? indicator.base
              : 100;
      return {
        indicator: indicator.input.code,
        reportingUnit: root,
        year,
        kind: "plan" as const,
        value: Math.round(yearly * (0.9 + 0.2 * rng())),
        source: "Kế hoạch phát triển kinh tế - xã hội (tổng hợp)",
      };
    }),
  );
}

/** One batch: the values of one group of units (a town, a province) for one month. */
export interface Batch {
  readonly index: number;
  readonly month: string;
  readonly group: number;
  readonly values: ValueInput[];
}

/** How the values are cut into batches: month by month, and within a month group by group. */
export function batchCount(units: GeneratedUnits, months: readonly string[]): number {
  return units.groups.length * months.length;
}

/**
 * Yields every batch in order: for each month, each group's values (every unit × stored
 * indicator). Values are whole numbers around the indicator's base, scaled per unit, with a
 * seasonal swing and noise, so sums stay exact in floating point.
 */
export function* generateBatches(
  units: GeneratedUnits,
  catalogue: GeneratedCatalogue,
  months: readonly string[],
  seed: number,
): Generator<Batch> {
  let index = 0;
  for (const month of months) {
    for (let group = 0; group < units.groups.length; group++) {
      yield makeBatch(units, catalogue, month, group, index, seed);
      index++;
    }
  }
}

function makeBatch(
  units: GeneratedUnits,
  catalogue: GeneratedCatalogue,
  month: string,
  group: number,
  index: number,
  seed: number,
): Batch {
  const rng = mulberry32(mixSeed(seed, 4, index));
  const monthNumber = Number(month.slice(5, 7));
  const season = 1 + 0.25 * Math.sin((monthNumber / 12) * 2 * Math.PI);
  const values: ValueInput[] = [];
  for (const unit of units.groups[group] ?? []) {
    const unitScale = 0.5 + (unitHash(unit) % 1000) / 1000;
    for (const indicator of catalogue.stored) {
      const swing = indicator.kind === "flow" ? season : 1;
      const value = Math.round(indicator.base * unitScale * swing * (0.8 + 0.4 * rng()));
      values.push({ indicator: indicator.input.code, unit, period: month, value });
    }
  }
  return { index, month, group, values };
}

function unitHash(code: string): number {
  let h = 7;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
