import type { Engine, ValueInput } from "../../src/engine/index.ts";
import type { Store } from "../../src/store/index.ts";
import { catalogue, townEngine } from "./fixture.ts";
import { twoSetCatalogue } from "./two-sets-fixture.ts";

/** The town's engine with the season × crop indicators added to its catalogue. */
export async function twoSetEngine(store: Store): Promise<Engine> {
  const engine = await townEngine(store);
  await engine.saveCatalogue({
    categorySets: [...(catalogue.categorySets ?? []), ...(twoSetCatalogue.categorySets ?? [])],
    indicators: [...catalogue.indicators, ...twoSetCatalogue.indicators],
  });
  return engine;
}

/** A value of one season × crop cell. */
export function seasonCrop(
  indicator: string,
  unit: string,
  period: string,
  season: string,
  crop: string,
  value: number,
): ValueInput {
  return { indicator, unit, period, disaggregation: { season, crop }, value };
}
