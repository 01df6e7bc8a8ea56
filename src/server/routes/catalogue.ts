import type { FastifyInstance } from "fastify";
import {
  type Catalogue,
  type Indicator,
  measureUnitName,
  SECTORS,
} from "../../core/catalogue/index.ts";
import type { UnitHistory } from "../../core/units/index.ts";
import { definitionVersion } from "../../services/definitions/index.ts";
import { unitVersions } from "../../services/units-admin/index.ts";
import { requireUser } from "../auth/index.ts";
import type { ServerContext } from "../context.ts";
import { api, type IndicatorView, type UnitView } from "../contract/index.ts";
import { addRoute } from "../route-kit.ts";

/** The catalogue and the unit tree, read-only, for every signed-in user. */
export function catalogueRoutes(app: FastifyInstance, ctx: ServerContext): void {
  addRoute(app, api.catalogue.catalogue, async ({ request }) => {
    requireUser(request);
    const catalogue = ctx.engine.catalogue;
    return {
      sectors: SECTORS.map((s) => ({ code: s.code, nameVi: s.nameVi, nameEn: s.nameEn })),
      subGroups: catalogue.subGroups.map((g) => ({ ...g })),
      indicators: catalogue.indicators.map((i) => indicatorView(catalogue, i)),
    };
  });

  addRoute(app, api.catalogue.units, async ({ query, request }) => {
    requireUser(request);
    const asOf = query.asOf ?? ctx.now().slice(0, 10);
    const history = ctx.engine.units;
    const versions = unitVersions(history);
    const units = history.treeAsOf(asOf).units.map((u) => ({
      ...u,
      version: versions.get(u.code) ?? "",
    }));
    return { asOf, units };
  });

  addRoute(app, api.catalogue.unitHistory, async ({ params, request }) => {
    requireUser(request);
    return unitHistoryView(ctx.engine.units, params.code);
  });
}

/** The measure unit as a Vietnamese report writes it (`triệu đồng`), else its code. */
function indicatorView(catalogue: Catalogue, i: Indicator): IndicatorView {
  return {
    code: i.code,
    nameVi: i.nameVi,
    nameEn: i.nameEn,
    sector: i.sector,
    subGroup: i.subGroup ?? null,
    unit: i.unit,
    unitNameVi: measureUnitName(catalogue, i.unit),
    valueType: i.valueType,
    decimals: i.decimals,
    direction: i.direction,
    overTime: i.aggregation.overTime,
    overUnits: i.aggregation.overUnits.kind,
    formula: i.formula ?? null,
    disaggregations: i.disaggregations.map((d) => {
      const set = catalogue.categorySets.find((s) => s.code === d.set);
      return {
        set: d.set,
        nameVi: set?.nameVi ?? d.set,
        totalRule: d.totalRule,
        options: d.options.map((code) => ({
          code,
          nameVi: set?.options.find((o) => o.code === code)?.nameVi ?? code,
        })),
      };
    }),
    description: i.description ?? null,
    weight: i.aggregation.overUnits.weight ?? null,
    range: i.range ? { ...i.range } : null,
    version: definitionVersion(i) as string,
  };
}

function unitHistoryView(history: UnitHistory, code: string) {
  const lineage = history.lineage(code);
  const latestName = lineage.names.at(-1);
  const unit: UnitView = {
    code,
    nameVi: latestName?.nameVi ?? code,
    nameEn: latestName?.nameEn ?? code,
    kind: lineage.kind,
    parent: lineage.parents.at(-1)?.parent ?? null,
    validFrom: lineage.validFrom,
    validTo: lineage.validTo,
  };
  return {
    unit,
    names: lineage.names.map((n) => ({ from: n.date, nameVi: n.nameVi })),
    parents: lineage.parents.map((p) => ({ from: p.date, parent: p.parent })),
    predecessors: [...new Set(lineage.predecessors.map((f) => f.from))],
    successors: [...new Set(lineage.successors.map((f) => f.to))],
  };
}
