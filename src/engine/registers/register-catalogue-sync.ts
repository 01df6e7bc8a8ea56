import {
  type Catalogue,
  type CatalogueInput,
  type CategorySetInput,
  defineCatalogue,
  type IndicatorInput,
  measureUnits,
} from "../../core/catalogue/index.ts";
import { REGISTER_SETS, type RegisterData, registerCatalogue } from "../../core/registers/index.ts";
import type { Repositories } from "../../store/index.ts";
import { type CompiledCatalogue, compileCatalogue } from "../compiled-catalogue.ts";

/**
 * Makes the catalogue hold the register indicators and category sets, with an option for every
 * project, fund source and programme in use. Options are only ever added, so values stored under
 * an older option stay valid and no aggregate has to be rebuilt. Saves only when something changed.
 */
export async function syncRegisterCatalogue(
  trx: Repositories,
  compiled: CompiledCatalogue,
  data: RegisterData,
): Promise<CompiledCatalogue> {
  const current = compiled.catalogue;
  const known = (set: string) => current.categorySets.find((s) => s.code === set)?.options ?? [];
  const merge = (set: string, codes: readonly string[]) => [
    ...new Set([...known(set).map((o) => o.code), ...codes]),
  ];
  const projectNames = new Map(known(REGISTER_SETS.project).map((o) => [o.code, o.nameVi]));
  for (const p of data.projects) projectNames.set(p.code.toLowerCase(), p.nameVi);
  const part = registerCatalogue({
    // Project options are stored lower-case; the register part takes project codes.
    projects: [...projectNames].map(([code, nameVi]) => ({ code: code.toUpperCase(), nameVi })),
    fundSources: merge(REGISTER_SETS.source, [
      ...data.capitalPlans.map((p) => p.fundSource),
      ...data.disbursements.map((d) => d.fundSource).filter((s) => s !== ""),
    ]),
    programmes: merge(
      REGISTER_SETS.programme,
      [
        ...data.capitalPlans.map((p) => p.programme),
        ...data.projects.map((p) => p.programme),
      ].filter((s) => s !== ""),
    ),
  });
  const next = defineCatalogue(mergeInPlace(current, part));
  if (sameRegisterPart(current, next, part)) return compiled;
  await trx.catalogue.save(next);
  return compileCatalogue(next);
}

/** The catalogue with the part's entries replacing those of the same code in place, new ones last. */
function mergeInPlace(current: Catalogue, part: CatalogueInput): CatalogueInput {
  const replace = <T extends { readonly code: string }>(
    old: readonly T[],
    added: readonly T[],
  ): T[] => {
    const byCode = new Map(added.map((a) => [a.code, a]));
    const kept = old.map((o) => byCode.get(o.code) ?? o);
    const oldCodes = new Set(old.map((o) => o.code));
    return [...kept, ...added.filter((a) => !oldCodes.has(a.code))];
  };
  return {
    indicators: replace<IndicatorInput>(current.indicators, part.indicators),
    subGroups: current.subGroups,
    categorySets: replace<CategorySetInput>(current.categorySets, part.categorySets ?? []),
    extraUnits: current.measureUnits.filter((u) => !measureUnits.some((b) => b.code === u.code)),
  };
}

/** True when the register entries of both catalogues are the same. */
function sameRegisterPart(a: Catalogue, b: Catalogue, part: CatalogueInput): boolean {
  const pick = (c: Catalogue) =>
    JSON.stringify([
      (part.categorySets ?? []).map((s) => c.categorySets.find((x) => x.code === s.code)),
      part.indicators.map((i) => c.byCode.get(i.code)),
    ]);
  return pick(a) === pick(b);
}
