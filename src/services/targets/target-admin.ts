import { BaocaoError } from "../../core/errors.ts";
import { defineTargets, type Target, targetKey } from "../../core/targets/index.ts";
import type { Engine } from "../../engine/index.ts";
import type { DefinitionAuditEntry, TargetIdentity } from "../../store/index.ts";
import {
  changeDefinitions,
  type DefinitionAdministrator,
  type DefinitionEdit,
} from "../definitions/index.ts";
import type { TargetAccess } from "./target-access.ts";
import { type TargetLine, targetLines } from "./target-sheet.ts";

/** A unit's targets for a year, as the "Chỉ tiêu kế hoạch" screen shows them. */
export interface TargetSheet {
  readonly unit: string;
  readonly unitNameVi: string;
  readonly year: number;
  readonly lines: readonly TargetLine[];
  /** Whether the account may change them (an administrator over the unit). */
  readonly canEdit: boolean;
}

/** A target to save, with the version of the stored one the administrator saw (null: new). */
export interface TargetSave {
  readonly target: Target;
  readonly expected: string | null;
}

/**
 * The targets of a unit and year: read by those who may read the unit's figures, changed by its
 * administrators through `changeDefinitions` (version-checked, audited as kind `target`).
 */
export class TargetAdmin {
  constructor(
    private readonly engine: Engine,
    private readonly access: TargetAccess,
  ) {}

  /** The table of a unit's targets for a year. */
  async sheet(user: DefinitionAdministrator, unit: string, year: number): Promise<TargetSheet> {
    this.access.read(user, unit);
    await this.engine.refresh();
    const targets = await this.engine.store.repos.targets.list({
      unitCodes: [unit],
      years: [year],
    });
    return {
      unit,
      unitNameVi: this.engine.units.nameOf(unit) ?? unit,
      year,
      lines: targetLines(this.engine.catalogue, targets),
      canEdit: this.access.canManage(user, unit),
    };
  }

  /**
   * Saves targets of one unit in one change: each checked by the core against the catalogue and
   * the stored kinds, each over the version its administrator saw. `dryRun` is the preview.
   */
  async save(
    admin: DefinitionAdministrator,
    unit: string,
    saves: readonly TargetSave[],
    options: { dryRun?: boolean } = {},
  ): Promise<void> {
    this.access.manage(admin, unit);
    const targets = defineTargets(
      saves.map((s) => ({ ...s.target, reportingUnit: unit })),
      this.engine.catalogue,
      this.engine.targetKinds,
    );
    const edits = targets.map((target, i): DefinitionEdit => {
      const expected = saves[i]?.expected ?? null;
      return {
        kind: "target",
        code: auditCode(target),
        action: expected === null ? "create" : "update",
        expected,
        current: (repos) => repos.targets.get(target),
        after: target,
      };
    });
    await changeDefinitions(this.engine, admin, { edits, bundle: { targets } }, options);
  }

  /** Removes one target over the version the administrator saw. */
  async remove(
    admin: DefinitionAdministrator,
    key: TargetIdentity,
    expected: string,
  ): Promise<void> {
    this.access.manage(admin, key.reportingUnit);
    // The option's category is found as for a save, so the key matches what is stored.
    const [target] = defineTargets([{ ...key, value: 0 }], this.engine.catalogue, "unchecked") as [
      Target,
    ];
    if (!(await this.engine.store.repos.targets.get(target)))
      throw new BaocaoError(
        "targets.not_found",
        `Không có chỉ tiêu kế hoạch "${target.kind}" của "${target.indicator}" năm ${target.year}: có thể đã bị xóa. Hãy tải lại.`,
        { key: auditCode(target) },
      );
    await changeDefinitions(this.engine, admin, {
      edits: [
        {
          kind: "target",
          code: auditCode(target),
          action: "remove",
          expected,
          current: (repos) => repos.targets.get(target),
          after: null,
        },
      ],
      bundle: {},
      extra: (repos) => repos.targets.remove(target),
    });
  }

  /** The changes of a unit's targets for a year, newest first. */
  async history(
    user: DefinitionAdministrator,
    unit: string,
    year: number,
  ): Promise<DefinitionAuditEntry[]> {
    this.access.read(user, unit);
    return this.engine.store.repos.definitionAudit.list({
      kind: "target",
      codePrefix: `${unit}|${year}|`,
    });
  }
}

/** A target's code in the audit: unit and year first, so a unit's year is one prefix. */
export function auditCode(t: Target): string {
  const [indicator, unit, year, kind, due, option] = targetKey(t).split("|");
  return [unit, year, indicator, kind, option, due].join("|");
}
