import {
  type Catalogue,
  type CatalogueInput,
  type CategorySetInput,
  defineCatalogue,
  type IndicatorInput,
  measureUnits,
  type SubGroupInput,
} from "../core/catalogue/index.ts";
import { parsePeriod } from "../core/periods/index.ts";
import { defineTargets, type Target } from "../core/targets/index.ts";
import {
  buildUnitHistory,
  type OrgUnit,
  type UnitEvent,
  type UnitHistory,
} from "../core/units/index.ts";
import { type Finding, structuralRules, type ValidationRule } from "../core/validation/index.ts";
import {
  type AuditEntry,
  CatalogueRepository,
  type DataValueKey,
  OrgUnitRepository,
  RollupRepository,
  type Store,
  TargetRepository,
  UnitClosureRepository,
  ValueAuditRepository,
} from "../store/index.ts";
import { closureRows } from "./closure.ts";
import { type CompiledCatalogue, compileCatalogue } from "./compiled-catalogue.ts";
import { unitFigures } from "./load-unit-figures.ts";
import { type QueryRequest, type QueryRow, runQuery } from "./query.ts";
import { runRules } from "./validate.ts";
import type { ValueInput, WriteContext } from "./value-input.ts";
import { type WriteResult, writeValues } from "./write-values.ts";

/** Who writes and through what; the time comes from the engine's clock unless given. */
export type Writer = Omit<WriteContext, "at"> & { readonly at?: string };

/**
 * The aggregation engine over one store: writes values with audit and roll-ups in one
 * transaction, and answers queries from the roll-ups at once (no batch analytics run).
 * It keeps the compiled catalogue and unit history in memory and reloads them when they change.
 */
export class Engine {
  private constructor(
    readonly store: Store,
    private compiled: CompiledCatalogue,
    private unitHistory: UnitHistory,
    private readonly clock: () => string,
  ) {}

  /** Opens the engine on a migrated store, loading its catalogue and units. */
  static async open(store: Store, options: { clock?: () => string } = {}): Promise<Engine> {
    const catalogue = await new CatalogueRepository(store.db).load();
    const history = await loadHistory(store);
    return new Engine(
      store,
      compileCatalogue(catalogue),
      history,
      options.clock ?? (() => new Date().toISOString()),
    );
  }

  /** The catalogue in force. */
  get catalogue(): Catalogue {
    return this.compiled.catalogue;
  }

  /** The units and their restructuring events. */
  get units(): UnitHistory {
    return this.unitHistory;
  }

  /**
   * Validates and stores a catalogue (merged over the stored one by code), then recomputes the
   * roll-ups, since aggregation rules may have changed.
   */
  async saveCatalogue(input: CatalogueInput): Promise<void> {
    const current = this.compiled.catalogue;
    const merged = defineCatalogue({
      indicators: replaceByCode<IndicatorInput>(current.indicators, input.indicators),
      subGroups: replaceByCode<SubGroupInput>(current.subGroups, input.subGroups),
      categorySets: replaceByCode<CategorySetInput>(current.categorySets, input.categorySets),
      extraUnits: replaceByCode(
        current.measureUnits.filter((u) => !isBuiltIn(u.code)),
        input.extraUnits,
      ),
    });
    const compiled = compileCatalogue(merged);
    await this.store.db.transaction().execute(async (trx) => {
      await new CatalogueRepository(trx).save(merged);
      await new RollupRepository(trx).rebuildFromRaw();
    });
    this.compiled = compiled;
  }

  /** Validates and stores units and events, then rebuilds the month-by-month ancestry and roll-ups. */
  async saveUnits(units: readonly OrgUnit[], events: readonly UnitEvent[] = []): Promise<void> {
    const stored = this.unitHistory;
    const allUnits = [
      ...stored.units.filter((u) => !units.some((n) => n.code === u.code)),
      ...units,
    ];
    const allEvents = [
      ...stored.events.filter((e) => !events.some((n) => n.id === e.id)),
      ...events,
    ];
    const history = buildUnitHistory(allUnits, allEvents);
    await this.store.db.transaction().execute(async (trx) => {
      const repository = new OrgUnitRepository(trx);
      await repository.upsert(parentsFirst(allUnits));
      await repository.upsertEvents(allEvents);
      await new UnitClosureRepository(trx).replaceAll(closureRows(history));
      await new RollupRepository(trx).rebuildFromRaw();
    });
    this.unitHistory = history;
  }

  /** Validates and stores targets against the catalogue. */
  async saveTargets(targets: readonly Target[]): Promise<void> {
    const checked = defineTargets(targets, this.catalogue);
    await this.store.db.transaction().execute((trx) => new TargetRepository(trx).upsert(checked));
  }

  /** Writes a batch of values, all or nothing; see `writeValues`. */
  async write(inputs: readonly ValueInput[], writer: Writer): Promise<WriteResult> {
    return writeValues(this.store.db, this.catalogue, inputs, {
      ...writer,
      at: writer.at ?? this.clock(),
    });
  }

  /** Answers a query from the stored aggregates. */
  async query(request: QueryRequest): Promise<QueryRow[]> {
    return runQuery(this.store.db, this.compiled, () => this.unitHistory, request);
  }

  /** Every change of one value, oldest first. */
  async valueHistory(key: DataValueKey): Promise<AuditEntry[]> {
    return new ValueAuditRepository(this.store.db).history(key);
  }

  /** Recomputes every roll-up from the raw values (`baocao rebuild-rollups`). */
  async rebuildRollups(): Promise<void> {
    await this.store.db.transaction().execute((trx) => new RollupRepository(trx).rebuildFromRaw());
  }

  /** Runs the given rules and the catalogue's structural checks for a unit and period. */
  async validate(
    unit: string,
    periodId: string,
    rules: readonly ValidationRule[] = [],
  ): Promise<Finding[]> {
    const period = parsePeriod(periodId);
    const codes = [
      ...new Set(
        [...rules, ...structuralRules(this.catalogue)].flatMap((r) => [
          ...r.left.dependencies,
          ...r.right.dependencies,
        ]),
      ),
    ];
    const figures = await unitFigures(this.store.db, this.compiled, unit, [period], codes);
    return runRules(figures, period, [...structuralRules(this.catalogue), ...rules]);
  }
}

/** Entries of `old` not replaced by an entry of `added` with the same code, then `added`. */
function replaceByCode<T extends { readonly code: string }>(
  old: readonly T[],
  added: readonly T[] = [],
): T[] {
  const codes = new Set(added.map((a) => a.code));
  return [...old.filter((o) => !codes.has(o.code)), ...added];
}

function isBuiltIn(code: string): boolean {
  return measureUnits.some((u) => u.code === code);
}

async function loadHistory(store: Store): Promise<UnitHistory> {
  const repository = new OrgUnitRepository(store.db);
  return buildUnitHistory(await repository.list(), await repository.listEvents());
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
