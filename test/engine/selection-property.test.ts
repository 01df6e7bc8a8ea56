import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statsOf } from "../../src/core/aggregation/index.ts";
import { defineCatalogue } from "../../src/core/catalogue/index.ts";
import { evaluate, parseFormula } from "../../src/core/formula/index.ts";
import { parsePeriod } from "../../src/core/periods/index.ts";
import { type CellRow, indexCells } from "../../src/engine/cells.ts";
import { UnitFigures } from "../../src/engine/unit-figures.ts";
import { twoSetCatalogue } from "./two-sets-fixture.ts";

const catalogue = defineCatalogue(twoSetCatalogue);
const SEASONS = ["dong_xuan", "he_thu", "mua"];
const CROPS = ["lua", "ngo"];
const MONTHS = ["2023-07", "2023-08"];

/** One unit's values per month × season × crop, some missing. */
const cellsArb = fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }), {
  minLength: MONTHS.length * SEASONS.length * CROPS.length,
  maxLength: MONTHS.length * SEASONS.length * CROPS.length,
});

function figuresOf(values: readonly (number | null)[]) {
  const rows: CellRow[] = [];
  const entered = new Map<string, number>();
  let i = 0;
  for (const period of MONTHS)
    for (const season of SEASONS)
      for (const crop of CROPS) {
        const value = values[i++];
        if (value === null || value === undefined) continue;
        entered.set(`${period} ${season} ${crop}`, value);
        const stats = statsOf({ value, estimate: false, weight: 0 });
        const key = { indicatorCode: "crop_area", unitCode: "U", period };
        // As the store keeps them: the full-cross cell and, the options summing, the total.
        rows.push({ ...key, disaggregation: `crop=${crop};season=${season}`, stats });
        rows.push({ ...key, disaggregation: "", stats });
      }
  const index = indexCells(rows, () => [{ unit: "U", weight: 1 }]);
  return { figures: new UnitFigures(catalogue, new Map(), index, [], "U"), entered };
}

/** The sum of the entered cells that match, null when none does: the total's rule. */
function oracle(
  entered: ReadonlyMap<string, number>,
  months: readonly string[],
  match: (season: string, crop: string) => boolean,
): number | null {
  let sum: number | null = null;
  for (const m of months)
    for (const s of SEASONS)
      for (const c of CROPS) {
        const v = entered.get(`${m} ${s} ${c}`);
        if (v !== undefined && match(s, c)) sum = (sum ?? 0) + v;
      }
  return sum;
}

describe("a selection on one set of a two-set indicator", () => {
  it("equals the sum of the cells it selects, and no data when none holds a value", () => {
    fc.assert(
      fc.property(cellsArb, (values) => {
        const { figures, entered } = figuresOf(values);
        const context = { period: parsePeriod("2023-08"), ytd: false };
        const read = (source: string) =>
          evaluate(parseFormula(source), { resolve: (q) => figures.resolve(q, context) }).value;
        for (const s of SEASONS) {
          expect(read(`crop_area[season=${s}]`)).toBe(oracle(entered, ["2023-08"], (x) => x === s));
          expect(read(`ytd(crop_area[${s}])`)).toBe(oracle(entered, MONTHS, (x) => x === s));
        }
        for (const c of CROPS)
          expect(read(`crop_area[crop=${c}]`)).toBe(
            oracle(entered, ["2023-08"], (_, y) => y === c),
          );
        expect(read("crop_area")).toBe(oracle(entered, ["2023-08"], () => true));
      }),
    );
  });
});
