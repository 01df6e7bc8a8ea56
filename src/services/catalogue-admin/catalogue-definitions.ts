import {
  ALLOWED_AGGREGATIONS,
  type CategorySet,
  DIRECTIONS,
  type MeasureUnit,
  measureUnits,
  TOTAL_RULES,
  VALUE_TYPES,
} from "../../core/catalogue/index.ts";
import type { ReportingRegime } from "../../core/regimes/index.ts";
import { RULE_OPERATORS, type RuleInput, SEVERITIES } from "../../core/validation/index.ts";
import type { Engine } from "../../engine/index.ts";
import { definitionVersion } from "../definitions/index.ts";

/** A definition with the version an edit of it must name. */
export type Versioned<T> = T & { readonly version: string };

/** The catalogue's other definitions, each with its version, and the choices its editor offers. */
export interface CatalogueDefinitions {
  readonly measureUnits: readonly (Versioned<MeasureUnit> & { readonly builtIn: boolean })[];
  readonly categorySets: readonly Versioned<CategorySet>[];
  readonly rules: readonly Versioned<RuleInput>[];
  readonly regimes: readonly Versioned<ReportingRegime>[];
  readonly choices: {
    readonly valueTypes: readonly string[];
    readonly directions: readonly string[];
    readonly totalRules: readonly string[];
    readonly operators: readonly string[];
    readonly severities: readonly string[];
    /** The aggregation rules each value type allows, as the catalogue's check does. */
    readonly aggregations: Readonly<
      Record<
        string,
        { readonly overTime: readonly string[]; readonly overUnits: readonly string[] }
      >
    >;
  };
}

function versioned<T extends object>(item: T): Versioned<T> {
  return { ...item, version: definitionVersion(item) as string };
}

/**
 * Measure units, category sets, validation rules and reporting forms as stored, with versions:
 * what the catalogue screen's tabs list and its editors start from.
 */
export async function catalogueDefinitions(engine: Engine): Promise<CatalogueDefinitions> {
  const catalogue = engine.catalogue;
  const builtIn = new Set(measureUnits.map((u) => u.code));
  return {
    measureUnits: catalogue.measureUnits.map((u) => ({
      ...versioned(u),
      builtIn: builtIn.has(u.code),
    })),
    categorySets: catalogue.categorySets.map(versioned),
    rules: (await engine.rules()).map(versioned),
    regimes: (await engine.regimes()).map(versioned),
    choices: {
      valueTypes: VALUE_TYPES,
      directions: DIRECTIONS,
      totalRules: TOTAL_RULES,
      operators: RULE_OPERATORS,
      severities: SEVERITIES,
      aggregations: ALLOWED_AGGREGATIONS,
    },
  };
}
