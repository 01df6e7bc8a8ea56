import type { AncestorsOf } from "../../core/access/index.ts";
import type { Catalogue } from "../../core/catalogue/index.ts";
import type { Engine } from "../../engine/index.ts";
import type { DefinitionAuditEntry } from "../../store/index.ts";
import {
  changeDefinitions,
  type DefinitionAdministrator,
  type DefinitionChangeResult,
  requireDefinitionManager,
} from "../definitions/index.ts";
import type { CatalogueEdit } from "./catalogue-edit.ts";
import { checkExpression, type ExpressionCheck } from "./check-expression.ts";
import { editToChange } from "./edit-to-change.ts";
import { type FigurePreview, type PreviewAt, withFigurePreview } from "./figure-preview.ts";

/** What the catalogue service needs: the engine, the unit tree's ancestry, and today. */
export interface CatalogueAdminDeps {
  readonly engine: Engine;
  readonly ancestorsOf: AncestorsOf;
  readonly now: () => string;
}

/**
 * The catalogue editor's rules: indicators, measure units, category sets, validation rules and
 * reporting forms changed by an administrator of the whole tree (the catalogue is shared by
 * every unit), each version-checked and audited through `changeDefinitions`.
 */
export class CatalogueAdmin {
  constructor(private readonly deps: CatalogueAdminDeps) {}

  /**
   * Applies one edit (or, with `dryRun`, checks it and says what it would do). A dry run of an
   * indicator's edit with `previewAt` also gives its figure there before → after.
   */
  async change(
    admin: DefinitionAdministrator,
    edit: CatalogueEdit,
    options: { dryRun?: boolean; previewAt?: PreviewAt } = {},
  ): Promise<DefinitionChangeResult & { preview?: FigurePreview }> {
    this.requireManager(admin);
    const dryRun = options.dryRun ?? false;
    const at = this.deps.now();
    const change = editToChange(edit);
    if (dryRun && options.previewAt && edit.kind === "indicator") {
      const { engine } = this.deps;
      const withPreview = await withFigurePreview(
        engine,
        change,
        edit.indicator.code,
        options.previewAt,
      );
      const result = await changeDefinitions(engine, admin, withPreview.change, { dryRun, at });
      const preview = withPreview.preview();
      return preview ? { ...result, preview } : result;
    }
    return changeDefinitions(this.deps.engine, admin, change, { dryRun, at });
  }

  /** Checks a formula as it is typed (see `checkExpression`); only managers edit formulas. */
  checkFormula(
    admin: DefinitionAdministrator,
    formula: string,
    indicator?: string,
  ): ExpressionCheck {
    this.requireManager(admin);
    return checkExpression(this.catalogue, formula, indicator);
  }

  /** The history of catalogue definitions (of one kind and code when given), newest first. */
  async audit(
    admin: DefinitionAdministrator,
    filter: { kind?: string; code?: string },
  ): Promise<DefinitionAuditEntry[]> {
    this.requireManager(admin);
    return this.deps.engine.store.repos.definitionAudit.list(filter);
  }

  /** True when the account may change the catalogue (the screens show the editors then). */
  mayManage(admin: DefinitionAdministrator): boolean {
    try {
      this.requireManager(admin);
      return true;
    } catch {
      return false;
    }
  }

  private get catalogue(): Catalogue {
    return this.deps.engine.catalogue;
  }

  // The catalogue is shared by the whole tree: its manager administers every root unit of today.
  private requireManager(admin: DefinitionAdministrator): void {
    const today = this.deps.now().slice(0, 10);
    const units = this.deps.engine.units.treeAsOf(today).units;
    for (const root of units.filter((u) => u.parent === null))
      requireDefinitionManager(admin, root.code, this.deps.ancestorsOf, root.nameVi);
  }
}
