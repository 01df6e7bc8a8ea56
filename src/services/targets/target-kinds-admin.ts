import { BaocaoError } from "../../core/errors.ts";
import { defineTargetKinds, type TargetKindInfo } from "../../core/targets/index.ts";
import { catalogueSymbols, defineRule } from "../../core/validation/index.ts";
import type { Engine } from "../../engine/index.ts";
import { templateTargetKinds } from "../../report/template-target-kinds.ts";
import type { Repositories } from "../../store/index.ts";
import {
  changeDefinitions,
  type DefinitionAdministrator,
  definitionVersion,
} from "../definitions/index.ts";
import type { TargetAccess } from "./target-access.ts";

/** A target kind as the administration screen shows it. */
export interface TargetKindView extends TargetKindInfo {
  /** `definitionVersion` of the stored kind: a change must name it. */
  readonly version: string;
  /** How many targets (of every unit and year) are of this kind. */
  readonly used: number;
}

/** The "Loại chỉ tiêu" tab: list, add or edit, and remove a kind that no target uses. */
export class TargetKindsAdmin {
  constructor(
    private readonly engine: Engine,
    private readonly access: TargetAccess,
  ) {}

  /** Every kind in order, with its version and use. */
  async list(): Promise<TargetKindView[]> {
    await this.engine.refresh();
    const repos = this.engine.store.repos;
    const kinds = await repos.targetKinds.list();
    return Promise.all(
      kinds.map(async (k) => ({
        ...k,
        version: definitionVersion(k) as string,
        used: await repos.targets.countOfKind(k.code),
      })),
    );
  }

  /** Adds a kind (`expected` null) or edits one over the version the administrator saw. */
  async save(
    admin: DefinitionAdministrator,
    input: TargetKindInfo,
    expected: string | null,
  ): Promise<TargetKindView> {
    this.access.manageKinds(admin);
    const [kind] = defineTargetKinds([input]) as [TargetKindInfo];
    await changeDefinitions(this.engine, admin, {
      edits: [
        {
          kind: "target_kind",
          code: kind.code,
          action: expected === null ? "create" : "update",
          expected,
          current: (repos) => repos.targetKinds.get(kind.code),
          after: kind,
        },
      ],
      bundle: { targetKinds: [kind] },
    });
    const saved = (await this.list()).find((k) => k.code === kind.code);
    if (!saved) throw new Error(`target kind ${kind.code} vanished after saving`);
    return saved;
  }

  /**
   * Removes a kind nothing uses; one in use — by targets, a validation rule or a report draft's
   * template — is refused, saying which.
   */
  async remove(admin: DefinitionAdministrator, code: string, expected: string): Promise<void> {
    this.access.manageKinds(admin);
    const stored = await this.engine.store.repos.targetKinds.get(code);
    if (!stored)
      throw new BaocaoError("targets.unknown_kind", `Không có loại chỉ tiêu "${code}".`, { code });
    await changeDefinitions(this.engine, admin, {
      edits: [
        {
          kind: "target_kind",
          code,
          action: "remove",
          expected,
          current: (repos) => repos.targetKinds.get(code),
          after: null,
        },
      ],
      bundle: {},
      extra: async (repos) => {
        // Counted inside the change's transaction, under the administrators' lock.
        const used = await repos.targets.countOfKind(code);
        if (used > 0)
          throw new BaocaoError(
            "targets.kind_in_use",
            `Không xóa được loại chỉ tiêu "${stored.nameVi}": còn ${used} chỉ tiêu kế hoạch thuộc loại này. Hãy xóa hoặc chuyển các chỉ tiêu đó trước.`,
            { code, used },
          );
        const rule = await ruleUsing(repos, this.engine, code);
        if (rule)
          throw new BaocaoError(
            "targets.kind_in_use",
            `Không xóa được loại chỉ tiêu "${stored.nameVi}": quy tắc kiểm tra "${rule}" dùng loại này. Hãy sửa quy tắc đó trước.`,
            { code, rule },
          );
        const draft = (await repos.reports.drafts()).find((r) =>
          templateTargetKinds(r.template).has(code),
        );
        if (draft)
          throw new BaocaoError(
            "targets.kind_in_use",
            `Không xóa được loại chỉ tiêu "${stored.nameVi}": bản nháp báo cáo của ${this.engine.units.nameOf(draft.unitCode) ?? draft.unitCode} kỳ ${draft.period} dùng loại này. Hãy sửa mẫu báo cáo đó trước.`,
            { code, report: { unit: draft.unitCode, period: draft.period } },
          );
        await repos.targetKinds.remove(code);
      },
    });
    await this.engine.refresh();
  }
}

/** The code of a stored validation rule that reads the kind (`target(x, kind)`), if any. */
async function ruleUsing(
  repos: Repositories,
  engine: Engine,
  code: string,
): Promise<string | undefined> {
  const kinds = (await repos.targetKinds.list()).map((k) => k.code);
  const withIt = catalogueSymbols(engine.catalogue, kinds);
  const without = catalogueSymbols(
    engine.catalogue,
    kinds.filter((k) => k !== code),
  );
  const compiles = (rule: Parameters<typeof defineRule>[0], symbols: typeof withIt) => {
    try {
      defineRule(rule, symbols);
      return true;
    } catch {
      return false;
    }
  };
  // A rule that compiles with the kind and not without it reads the kind.
  return (await repos.rules.list()).find((r) => compiles(r, withIt) && !compiles(r, without))?.code;
}
