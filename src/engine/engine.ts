import type { Catalogue, CatalogueInput } from "../core/catalogue/index.ts";
import { dependencies, referencedUnits } from "../core/formula/index.ts";
import { parsePeriod } from "../core/periods/index.ts";
import type { ReportingRegime } from "../core/regimes/index.ts";
import type { Target, TargetKindInfo } from "../core/targets/index.ts";
import {
  buildUnitHistory,
  type OrgUnit,
  type UnitEvent,
  type UnitHistory,
} from "../core/units/index.ts";
import {
  catalogueSymbols,
  defineRule,
  type Finding,
  type RuleInput,
  RulesTouched,
  structuralRules,
  type ValidationRule,
} from "../core/validation/index.ts";
import type {
  ActorAtAnyTime,
  AuditEntry,
  DataValueKey,
  DataValueRecord,
} from "../core/values/index.ts";
import type { ChangeCounters, DataValueFilter, Repositories, Store } from "../store/index.ts";
import { compileCatalogue } from "./compiled-catalogue.ts";
import {
  type Evaluated,
  type EvaluateRequest,
  evaluateExpressions,
} from "./evaluate-expressions.ts";
import {
  applyBundle,
  type EngineState,
  type ImportBundle,
  type ImportSummary,
} from "./import-bundle.ts";
import { unitFigures } from "./load-unit-figures.ts";
import { type QueryRequest, type QueryRow, runQuery } from "./query.ts";
import { RegisterService, type RegisterSummary } from "./registers/index.ts";
import { reportingStatus, type UnitReporting } from "./reporting-status.ts";
import { SubmissionService } from "./submissions/index.ts";
import { runRules } from "./validate.ts";
import type { ValueInput } from "./value-input.ts";
import { type WriteResult, writeValues } from "./write-values.ts";

/** Thrown inside a dry run's transaction to roll it back while keeping what it would have done. */
class DryRun extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run");
  }
}

/** Loads the catalogue and the units, with the definitions counter read before them. */
async function loadState(store: Store): Promise<{ state: EngineState; definitions: number }> {
  const definitions = await store.repos.epochs.definitions();
  const catalogue = await store.repos.catalogue.load();
  const units = store.repos.units;
  const history = buildUnitHistory(await units.list(), await units.listEvents());
  const targetKinds = await store.repos.targetKinds.list();
  return { state: { compiled: compileCatalogue(catalogue), history, targetKinds }, definitions };
}

/** Work an import runs inside its transaction (see `Engine.import`). */
export interface ImportHooks {
  before?(repos: Repositories): Promise<void>;
  after?(repos: Repositories, summary: ImportSummary): Promise<void>;
}

/**
 * The aggregation engine over one store: writes values with audit and roll-ups in one
 * transaction, and answers queries from the roll-ups at once (no batch analytics run).
 * It keeps the compiled catalogue and unit history in memory and reloads them when they change.
 */
export class Engine {
  private rulesCache?: {
    readonly catalogue: Catalogue;
    readonly key: string;
    readonly rules: ValidationRule[];
    readonly codes: string[];
    readonly peers: string[];
    /** Which of `rules` each indicator's change can turn (made on the first save's check). */
    touched?: RulesTouched;
  };

  /** The definitions counter the catalogue and units in memory were loaded at. */
  private definitions = -1;

  private constructor(
    readonly store: Store,
    private state: EngineState,
    private readonly clock: () => string,
  ) {}

  /** Opens the engine on a migrated store, loading its catalogue and units. */
  static async open(store: Store, options: { clock?: () => string } = {}): Promise<Engine> {
    const { state, definitions } = await loadState(store);
    const engine = new Engine(store, state, options.clock ?? (() => new Date().toISOString()));
    engine.definitions = definitions;
    return engine;
  }

  /**
   * Reloads the catalogue and the units when another process (or an import) changed them since
   * they were loaded, and returns the data epoch (see `dataEpoch`) — one small read. The server
   * calls it before every request, passing the counters it already read for the request's
   * session (so the request makes that one read, not two).
   */
  async refresh(counters?: ChangeCounters): Promise<number> {
    // With a read replica (DATABASE_READ_URL) the counters and the catalogue come from the
    // primary even inside a request that reads the replica: a replica behind the counters would
    // leave an older catalogue in memory under the newer count.
    const replica = this.store.readReplica;
    return replica ? replica.onPrimary(() => this.refreshed(counters)) : this.refreshed(counters);
  }

  private async refreshed(counters?: ChangeCounters): Promise<number> {
    const epochs = counters ?? (await this.store.repos.epochs.counters());
    if (epochs.definitions !== this.definitions) {
      const { state, definitions } = await loadState(this.store);
      this.state = state;
      this.definitions = definitions;
    }
    return epochs.data;
  }

  /** The catalogue in force. */
  get catalogue(): Catalogue {
    return this.state.compiled.catalogue;
  }

  /** The target kinds in force, in order (seeded with plan, assigned, resolution, commitment). */
  get targetKinds(): readonly TargetKindInfo[] {
    return this.state.targetKinds;
  }

  /** The units and their restructuring events. */
  get units(): UnitHistory {
    return this.state.history;
  }

  /**
   * Imports a bundle (units, catalogue, targets, rules, regimes, values) in one transaction:
   * all of it or, on the first error, nothing. With `dryRun` everything is checked and counted,
   * then rolled back. `hooks` run in the same transaction, before the bundle is applied (a check
   * of what the caller saw, under its lock) and after (an audit), so they hold or fail with it.
   */
  async import(
    bundle: ImportBundle,
    writer: ActorAtAnyTime,
    options: {
      dryRun?: boolean;
      onProgress?: (done: number, total?: number) => void;
      hooks?: ImportHooks;
    } = {},
  ): Promise<ImportSummary> {
    const context = { ...writer, at: writer.at ?? this.clock() };
    try {
      const { state, summary } = await this.store.transaction(async (repos) => {
        await options.hooks?.before?.(repos);
        const applied = await applyBundle(repos, this.state, bundle, context, options.onProgress);
        await options.hooks?.after?.(repos, applied.summary);
        if (options.dryRun) throw new DryRun(applied.summary);
        return applied;
      }, "import");
      this.state = state;
      return summary;
    } catch (error) {
      if (error instanceof DryRun) return error.summary;
      throw error;
    }
  }

  /**
   * The registers (projects, capital, site clearance, tasks): writes go through `import`, so the
   * register figures reach the engine's values in the same transaction.
   */
  get registers(): RegisterService {
    return new RegisterService(
      this.store.repos,
      async (registers, writer, options) =>
        (await this.import({ registers }, writer, options)).registers as RegisterSummary,
      this.clock,
    );
  }

  /** The monthly collection cycle: forms due, their states and transitions (see SubmissionService). */
  get submissions(): SubmissionService {
    return new SubmissionService({
      store: this.store,
      regimes: () => this.regimes(),
      validate: (unit, period) => this.validate(unit, period),
      unitName: (unit) => this.state.history.nameOf(unit),
      clock: this.clock,
    });
  }

  /** Validates and stores units and their restructuring events (merged by code and id). */
  async saveUnits(units: readonly OrgUnit[], events: readonly UnitEvent[] = []): Promise<void> {
    await this.import({ units, events }, { by: "system", via: "system" });
  }

  /** Validates and stores catalogue entries (merged by code) and recomputes the roll-ups. */
  async saveCatalogue(catalogue: CatalogueInput): Promise<void> {
    await this.import({ catalogue }, { by: "system", via: "system" });
  }

  /** Validates and stores targets against the catalogue. */
  async saveTargets(targets: readonly Target[]): Promise<void> {
    await this.import({ targets }, { by: "system", via: "system" });
  }

  /** Writes a batch of values, all or nothing; see `writeValues`. */
  async write(inputs: readonly ValueInput[], writer: ActorAtAnyTime): Promise<WriteResult> {
    return writeValues(this.store, this.catalogue, inputs, {
      ...writer,
      at: writer.at ?? this.clock(),
    });
  }

  /** Answers a query from the stored aggregates. */
  async query(request: QueryRequest): Promise<QueryRow[]> {
    return runQuery(
      this.store.repos,
      this.state.compiled,
      () => this.state.history,
      request,
      this.state.targetKinds,
    );
  }

  /**
   * Answers a query inside a caller's transaction, over a unit history not yet saved: the preview
   * of a change of units reads the roll-ups its dry run rebuilt, through the history it would save,
   * so it shows exactly what `query` will answer once the change is made. With `storedCatalogue`
   * it reads the catalogue stored in the transaction too: the preview of a change of the catalogue
   * (an aggregation rule, a formula), whose dry run rebuilt the roll-ups by the new rules.
   */
  async queryWithin(
    repos: Repositories,
    history: UnitHistory,
    request: QueryRequest,
    options: { storedCatalogue?: boolean } = {},
  ): Promise<QueryRow[]> {
    const compiled = options.storedCatalogue
      ? compileCatalogue(await repos.catalogue.load())
      : this.state.compiled;
    return runQuery(repos, compiled, () => history, request);
  }

  /**
   * Evaluates formula expressions for a unit and period (report figures, ad-hoc questions);
   * `excluded` values are computed as if never entered.
   */
  async evaluate(request: EvaluateRequest): Promise<Evaluated[]> {
    return evaluateExpressions(
      this.store.repos,
      this.state.compiled,
      this.state.history,
      request,
      this.kindCodes(),
    );
  }

  /** Stored raw values matching the filter, with their versions (the data-entry form). */
  async storedValues(filter: DataValueFilter): Promise<DataValueRecord[]> {
    return this.store.repos.values.list(filter);
  }

  /**
   * The last audited version of each value key (by `keyString`), so that a form can show the
   * version of a value that was deleted: writing it again must name that version.
   */
  async auditedVersions(filter: {
    unitCodes: readonly string[];
    periods: readonly string[];
    indicatorCodes: readonly string[];
  }): Promise<Map<string, number>> {
    return this.store.repos.valueAudit.latestVersions(filter);
  }

  /**
   * A number that changes whenever values, targets or reporting regimes change, in any process
   * on this database: an answer cached under it is live while it stays the same.
   */
  async dataEpoch(): Promise<number> {
    return this.store.repos.epochs.current();
  }

  /** Every change of one value, oldest first. */
  async valueHistory(key: DataValueKey): Promise<AuditEntry[]> {
    return this.store.repos.valueAudit.history(key);
  }

  /** Recomputes every roll-up from the raw values (`baocao rebuild-rollups`). */
  async rebuildRollups(): Promise<void> {
    await this.store.transaction((repos) => repos.rollups.rebuildFromRaw(), "import");
  }

  /** The stored reporting regimes. */
  async regimes(): Promise<ReportingRegime[]> {
    return this.store.repos.regimes.list();
  }

  /** Who has reported what for a month, by regime; who is late as of `today` (default: the clock). */
  async reportingStatus(
    period: string,
    today = this.clock().slice(0, 10),
  ): Promise<UnitReporting[]> {
    return reportingStatus(this.store.repos, await this.regimes(), period, today);
  }

  /** The stored validation rules. */
  async rules(): Promise<RuleInput[]> {
    return this.store.repos.rules.list();
  }

  /**
   * Runs validation for a unit and period: the catalogue's structural checks, the stored rules,
   * and any extra rules given.
   */
  async validate(
    unit: string,
    periodId: string,
    extra: readonly RuleInput[] = [],
  ): Promise<Finding[]> {
    const { rules, codes, peers } = this.compiledRules([...(await this.rules()), ...extra]);
    return this.runRulesAt(unit, periodId, rules, codes, peers);
  }

  /**
   * The findings of the rules that read any of `changed` (directly or through derived
   * indicators) for a unit and period: what a save checks. The other rules read nothing that
   * changed, so their findings are the ones `validate` gave before the save.
   */
  async validateChanged(
    unit: string,
    periodId: string,
    changed: Iterable<string>,
  ): Promise<Finding[]> {
    const compiled = this.compiledRules(await this.rules());
    compiled.touched ??= new RulesTouched(compiled.rules, (code) => {
      const formula = this.state.compiled.formulas.get(code);
      return formula ? dependencies(formula) : undefined;
    });
    const rules = compiled.touched.by(changed);
    if (rules.length === 0) return [];
    const { codes, peers } = readsOf(rules);
    return this.runRulesAt(unit, periodId, rules, codes, peers);
  }

  private async runRulesAt(
    unit: string,
    periodId: string,
    rules: readonly ValidationRule[],
    codes: readonly string[],
    peers: readonly string[],
  ): Promise<Finding[]> {
    const period = parsePeriod(periodId);
    const figures = await unitFigures(
      this.store.repos,
      this.state.compiled,
      unit,
      [period],
      codes,
      undefined,
      peers,
    );
    return runRules(figures, period, rules);
  }

  private kindCodes(): string[] {
    return this.state.targetKinds.map((k) => k.code);
  }

  /**
   * The structural and given rules compiled against the catalogue, with the indicators they read.
   * Compiling parses every formula, so it is done once per catalogue and rule set, not per call
   * (the server validates after every save).
   */
  private compiledRules(inputs: readonly RuleInput[]): NonNullable<Engine["rulesCache"]> {
    const key = JSON.stringify([inputs, this.kindCodes()]);
    const cached = this.rulesCache;
    if (cached?.catalogue === this.catalogue && cached.key === key) return cached;
    const symbols = catalogueSymbols(this.catalogue, this.kindCodes());
    const rules = [
      ...structuralRules(this.catalogue),
      ...inputs.map((r) => defineRule(r, symbols)),
    ];
    const { codes, peers } = readsOf(rules);
    this.rulesCache = { catalogue: this.catalogue, key, rules, codes, peers };
    return this.rulesCache;
  }
}

/** The indicators rules read, and the units they name with `at(x, UNIT)` (a bank's loans against the town's figure). */
function readsOf(rules: readonly ValidationRule[]): { codes: string[]; peers: string[] } {
  const codes = [
    ...new Set(rules.flatMap((r) => [...r.left.dependencies, ...r.right.dependencies])),
  ];
  const peers = [
    ...new Set(
      rules.flatMap((r) => [...referencedUnits(r.left.tree), ...referencedUnits(r.right.tree)]),
    ),
  ];
  return { codes, peers };
}
