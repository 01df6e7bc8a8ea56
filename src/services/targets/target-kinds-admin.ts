import { BaocaoError } from "../../core/errors.ts";
import { defineTargetKinds, type TargetKindInfo } from "../../core/targets/index.ts";
import type { Engine } from "../../engine/index.ts";
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

  /** Removes a kind no target uses; one in use is refused, saying how many targets use it. */
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
        await repos.targetKinds.remove(code);
      },
    });
    await this.engine.refresh();
  }
}
