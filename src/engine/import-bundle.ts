import {
  type CatalogueInput,
  type CategorySetInput,
  defineCatalogue,
  type IndicatorInput,
  measureUnits,
  type SubGroupInput,
} from "../core/catalogue/index.ts";
import { checkRegime, type ReportingRegime } from "../core/regimes/index.ts";
import type { RegisterBundle } from "../core/registers/index.ts";
import {
  defineTargetKinds,
  defineTargets,
  type Target,
  type TargetKindInfo,
  type TargetKindInput,
} from "../core/targets/index.ts";
import {
  buildUnitHistory,
  type OrgUnit,
  type UnitEvent,
  type UnitHistory,
} from "../core/units/index.ts";
import { catalogueSymbols, defineRule, type RuleInput } from "../core/validation/index.ts";
import type { Actor } from "../core/values/index.ts";
import type { Repositories } from "../store/index.ts";
import { closureRows } from "./closure.ts";
import { type CompiledCatalogue, compileCatalogue } from "./compiled-catalogue.ts";
import { applyRegisters, type RegisterSummary } from "./registers/apply-registers.ts";
import { type ValueSource, writeValueSource } from "./value-stream.ts";
import type { WriteResult } from "./write-values.ts";

/** Everything one import may bring; each part optional. Parts are merged by code into what is stored. */
export interface ImportBundle {
  readonly units?: readonly OrgUnit[];
  readonly events?: readonly UnitEvent[];
  readonly catalogue?: CatalogueInput;
  /** Target kinds, merged by code into the stored list (a new kind is added at its end). */
  readonly targetKinds?: readonly TargetKindInput[];
  readonly targets?: readonly Target[];
  readonly rules?: readonly RuleInput[];
  readonly regimes?: readonly ReportingRegime[];
  /** A list, or chunks read from a large file (checked and written as they come). */
  readonly values?: ValueSource;
  /** Register rows (projects, capital, site clearance, tasks), applied after the values. */
  readonly registers?: RegisterBundle;
}

/** What an import did. */
export interface ImportSummary {
  readonly units: number;
  readonly events: number;
  readonly indicators: number;
  readonly targetKinds: number;
  readonly targets: number;
  readonly rules: number;
  readonly regimes: number;
  readonly values: Omit<WriteResult, "outcomes">;
  /** Present when the bundle had register rows. */
  readonly registers?: RegisterSummary;
}

/** The engine's in-memory view that an import may change. */
export interface EngineState {
  readonly compiled: CompiledCatalogue;
  readonly history: UnitHistory;
  /** The stored target kinds, in order. */
  readonly targetKinds: readonly TargetKindInfo[];
}

/**
 * Applies a bundle inside the caller's transaction, in dependency order — units, catalogue,
 * targets, rules, regimes, values, registers — validating each part against the merged result
 * before writing it. A failure anywhere aborts the transaction, so nothing is written.
 */
export async function applyBundle(
  trx: Repositories,
  state: EngineState,
  bundle: ImportBundle,
  context: Actor,
  onProgress?: (done: number, total?: number) => void,
): Promise<{ state: EngineState; summary: ImportSummary }> {
  let { compiled, history, targetKinds } = state;
  const structureChanged = Boolean(
    bundle.units?.length || bundle.events?.length || bundle.catalogue,
  );

  if (bundle.units?.length || bundle.events?.length) {
    const units = replaceByCode(history.units, bundle.units);
    const events = replaceBy(history.events, bundle.events ?? [], (e) => e.id);
    history = buildUnitHistory(units, events);
    const repository = trx.units;
    await repository.upsert(parentsFirst(units));
    await repository.upsertEvents(events);
    await trx.closure.replaceAll(closureRows(history));
  }
  if (bundle.catalogue) {
    const current = compiled.catalogue;
    const input = bundle.catalogue;
    const catalogue = defineCatalogue({
      indicators: replaceByCode<IndicatorInput>(current.indicators, input.indicators),
      subGroups: replaceByCode<SubGroupInput>(current.subGroups, input.subGroups),
      categorySets: replaceByCode<CategorySetInput>(current.categorySets, input.categorySets),
      extraUnits: replaceByCode(
        current.measureUnits.filter((u) => !measureUnits.some((b) => b.code === u.code)),
        input.extraUnits,
      ),
    });
    compiled = compileCatalogue(catalogue);
    await trx.catalogue.save(catalogue);
  }
  if (bundle.targetKinds?.length) {
    const added = defineTargetKinds(bundle.targetKinds);
    targetKinds = defineTargetKinds(replaceByCode(targetKinds, added));
    await trx.targetKinds.upsert(added);
  }
  const targets = bundle.targets?.length
    ? defineTargets(bundle.targets, compiled.catalogue, targetKinds)
    : [];
  await trx.targets.upsert(targets);
  const symbols = catalogueSymbols(
    compiled.catalogue,
    targetKinds.map((k) => k.code),
  );
  const rules = bundle.rules ?? [];
  for (const rule of rules) defineRule(rule, symbols); // checks the expressions against the catalogue
  await trx.rules.upsert(rules);
  const regimes = bundle.regimes ?? [];
  const unitCodes = new Set(history.units.map((u) => u.code));
  const regimeContext = {
    isIndicator: (code: string) => compiled.catalogue.byCode.has(code),
    isUnit: (code: string) => unitCodes.has(code),
  };
  for (const regime of regimes) checkRegime(regime, regimeContext);
  await trx.regimes.upsert(regimes);

  const values = await writeValueSource(
    trx,
    compiled.catalogue,
    bundle.values ?? [],
    context,
    onProgress,
  );
  let registers: RegisterSummary | undefined;
  if (bundle.registers) {
    const applied = await applyRegisters(trx, compiled, history, bundle.registers, context);
    compiled = applied.compiled;
    registers = applied.summary;
  }
  // New units or aggregation rules change what every aggregate holds: recompute them all.
  if (structureChanged) await trx.rollups.rebuildFromRaw();
  return {
    state: { compiled, history, targetKinds },
    summary: {
      units: bundle.units?.length ?? 0,
      events: bundle.events?.length ?? 0,
      indicators: bundle.catalogue?.indicators.length ?? 0,
      targetKinds: bundle.targetKinds?.length ?? 0,
      targets: targets.length,
      rules: rules.length,
      regimes: bundle.regimes?.length ?? 0,
      values,
      ...(registers ? { registers } : {}),
    },
  };
}

/** Entries of `old` not replaced by an entry of `added` with the same code, then `added`. */
function replaceByCode<T extends { readonly code: string }>(
  old: readonly T[],
  added: readonly T[] = [],
): T[] {
  return replaceBy(old, added, (x) => x.code);
}

function replaceBy<T>(old: readonly T[], added: readonly T[], idOf: (x: T) => string): T[] {
  const ids = new Set(added.map(idOf));
  return [...old.filter((o) => !ids.has(idOf(o))), ...added];
}

/** Orders units so that every parent is written before its children (foreign keys). */
function parentsFirst(units: readonly OrgUnit[]): OrgUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const done = new Set<string>();
  const ordered: OrgUnit[] = [];
  const visit = (unit: OrgUnit) => {
    if (done.has(unit.code)) return;
    done.add(unit.code);
    const parent = unit.parent ? byCode.get(unit.parent) : undefined;
    if (parent) visit(parent);
    ordered.push(unit);
  };
  for (const unit of units) visit(unit);
  return ordered;
}
